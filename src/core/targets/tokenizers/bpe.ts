// A byte-pair-encoding counter with tiktoken's exact semantics (OpenAI o200k/cl100k, Meta Llama 3).
// We run our own merge loop instead of gpt-tokenizer's because that one differs from tiktoken on
// U+FEFF and U+0085 (JavaScript's \s includes U+FEFF and misses U+0085; its byte lookup drops a
// leading byte-order mark). Special-token strings are plain text here: users' documents contain them.

/** Token ranks keyed by the token's bytes as a latin1 string (one char per byte). */
export type RankTable = Map<string, number>;

export interface BpeTokenizer {
  encode(text: string): number[];
  count(text: string): number;
}

const CACHE_LIMIT = 100_000;

export function createBpeTokenizer(ranks: RankTable, splitPattern: RegExp): BpeTokenizer {
  const cache = new Map<string, readonly number[]>();
  // One private global regex, reset per call (matchAll would clone it on every call).
  const pattern = new RegExp(splitPattern.source, splitPattern.flags.includes('g') ? splitPattern.flags : `${splitPattern.flags}g`);

  function encodePiece(piece: string): readonly number[] {
    let ids = cache.get(piece);
    if (ids) return ids;
    const bytes = toBinary(piece);
    const whole = ranks.get(bytes);
    if (whole !== undefined) ids = [whole];
    else {
      const bounds = mergeBoundaries(ranks, bytes);
      ids = bounds.slice(1).map((end, i) => ranks.get(bytes.slice(bounds[i], end))!);
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(piece, ids);
    return ids;
  }

  return {
    count(text) {
      let total = 0;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) total += encodePiece(match[0]).length;
      return total;
    },
    encode(text) {
      const ids: number[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) for (const id of encodePiece(match[0])) ids.push(id);
      return ids;
    },
  };
}

function toBinary(piece: string): string {
  for (let i = 0; i < piece.length; i++) {
    if (piece.charCodeAt(i) > 0x7f) return Buffer.from(piece, 'utf8').toString('latin1');
  }
  return piece;
}

/** tiktoken's byte_pair_merge: repeatedly join the adjacent pair with the lowest rank. */
function mergeBoundaries(ranks: RankTable, bytes: string): number[] {
  const starts: number[] = [];
  const pairRanks: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    starts.push(i);
    pairRanks.push(i + 1 < bytes.length ? (ranks.get(bytes.slice(i, i + 2)) ?? Infinity) : Infinity);
  }
  starts.push(bytes.length);
  pairRanks.push(Infinity);
  const rankAt = (i: number): number => (i + 2 < starts.length ? (ranks.get(bytes.slice(starts[i], starts[i + 2])) ?? Infinity) : Infinity);
  for (;;) {
    let best = Infinity;
    let at = -1;
    for (let i = 0; i < pairRanks.length - 1; i++) {
      if (pairRanks[i] < best) {
        best = pairRanks[i];
        at = i;
      }
    }
    if (at < 0) return starts;
    starts.splice(at + 1, 1);
    pairRanks.splice(at + 1, 1);
    pairRanks[at] = rankAt(at);
    if (at > 0) pairRanks[at - 1] = rankAt(at - 1);
  }
}
