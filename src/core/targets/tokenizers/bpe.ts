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

/**
 * tiktoken's byte_pair_merge (repeatedly join the adjacent pair with the lowest rank, the leftmost
 * of equal ranks) with a min-heap over (rank, start) and linked parts, so a long unbroken word costs
 * O(n log n) instead of O(n^2). Stale heap entries are skipped when popped.
 */
function mergeBoundaries(ranks: RankTable, bytes: string): number[] {
  const n = bytes.length;
  const next = new Int32Array(n + 1);
  const prev = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    next[i] = i + 1;
    prev[i] = i - 1;
  }
  const alive = new Uint8Array(n + 1).fill(1);
  const heap = new PairHeap();
  // The rank of joining the part at `start` with the part after it, or undefined.
  const pairRank = (start: number): number | undefined => (next[start] < n ? ranks.get(bytes.slice(start, next[next[start]])) : undefined);
  const push = (start: number) => {
    const rank = pairRank(start);
    if (rank !== undefined) heap.push(rank, start, next[next[start]]);
  };
  for (let i = 0; i + 1 < n; i++) push(i);
  for (let top = heap.pop(); top; top = heap.pop()) {
    const [, start, end] = top;
    // Skip entries whose parts changed since they were pushed.
    if (!alive[start] || next[start] >= n || next[next[start]] !== end) continue;
    const removed = next[start];
    alive[removed] = 0;
    next[start] = next[removed];
    prev[next[removed]] = start;
    push(start);
    if (prev[start] >= 0) push(prev[start]);
  }
  const starts: number[] = [];
  for (let i = 0; i < n; i = next[i]) starts.push(i);
  starts.push(n);
  return starts;
}

/** A binary min-heap of [rank, start, end], ordered by rank then start (tiktoken's leftmost tie-break). */
class PairHeap {
  private readonly items: [number, number, number][] = [];

  push(rank: number, start: number, end: number): void {
    const items = this.items;
    items.push([rank, start, end]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!less(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): [number, number, number] | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && less(items[left], items[smallest])) smallest = left;
        if (right < items.length && less(items[right], items[smallest])) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }
}

function less(a: [number, number, number], b: [number, number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}
