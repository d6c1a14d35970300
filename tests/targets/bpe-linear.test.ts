// Issue 19: the BPE merge is a heap now (O(n log n) on one long unbroken word). It must give the
// same ids as tiktoken's plain merge loop, copied here as the reference, on moderate inputs.
import { describe, expect, it } from 'vitest';
import { createBpeTokenizer, type RankTable } from '../../src/core/targets/tokenizers/bpe.js';
import { loadLlama3Ranks, loadOpenAiRanks } from '../../src/core/targets/tokenizers/rank-tables.js';

/** tiktoken's byte_pair_merge as a plain loop (the code before issue 19). */
function referenceIds(ranks: RankTable, bytes: string): number[] {
  const starts: number[] = [];
  const pairRanks: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    starts.push(i);
    pairRanks.push(i + 1 < bytes.length ? (ranks.get(bytes.slice(i, i + 2)) ?? Infinity) : Infinity);
  }
  starts.push(bytes.length);
  pairRanks.push(Infinity);
  const rankAt = (i: number) => (i + 2 < starts.length ? (ranks.get(bytes.slice(starts[i], starts[i + 2])) ?? Infinity) : Infinity);
  for (;;) {
    let best = Infinity;
    let at = -1;
    for (let i = 0; i < pairRanks.length - 1; i++) if (pairRanks[i] < best) [best, at] = [pairRanks[i], i];
    if (at < 0) break;
    starts.splice(at + 1, 1);
    pairRanks.splice(at + 1, 1);
    pairRanks[at] = rankAt(at);
    if (at > 0) pairRanks[at - 1] = rankAt(at - 1);
  }
  return starts.slice(1).map((end, i) => ranks.get(bytes.slice(starts[i], end))!);
}

// Long unbroken words: one pre-tokenizer piece each, so the merge loop sees the whole word.
const WORDS = [
  'ACGT'.repeat(600) + 'AACCGGTT'.repeat(100),
  'a'.repeat(3000),
  'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(40),
  'xyzzy'.repeat(500) + 'plugh'.repeat(300),
];

describe.each(['o200k_base', 'llama3'] as const)('%s heap merge', (encoding) => {
  it('matches the plain merge loop id for id', async () => {
    const ranks = encoding === 'llama3' ? await loadLlama3Ranks() : await loadOpenAiRanks(encoding);
    const tokenizer = createBpeTokenizer(ranks, /[\s\S]+/gu);
    for (const word of WORDS) expect(tokenizer.encode(word)).toEqual(referenceIds(ranks, Buffer.from(word, 'utf8').toString('latin1')));
  });
});
