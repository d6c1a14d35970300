// Re-keys shingle sets so that rare shingles sort first. Prefix filtering posts each set's
// smallest keys; with plain hash order, common phrases ("how many", "of the") land in many
// prefixes and every pair of texts sharing one becomes a candidate (quadratic on real text).
// Rare-first order (as in the AllPairs algorithm) makes prefixes nearly unique.
//
// New key = rarity class * 2^48 + (old key mod 2^48). The class is floor(log2(document count)),
// counted in a table of saturating byte counters indexed by the key's low bits (an overestimate on
// collisions, which only changes the order, never correctness: the order is still one fixed total
// order of keys). Bytes keep the table small enough to stay mostly in cache.
// Identity shrinks from 53 to 48 hash bits, still far from colliding at millions of shingles.

import { dropRepeats } from './shingles.js';

const MAX_COUNTER_BITS = 22;
const TWO_POW_48 = 2 ** 48;

/** Keys (or texts, for the sorting loop) handled between two yields of shingleSetsByRaritySteps. */
const KEYS_PER_STEP = 1 << 18;
const TEXTS_PER_STEP = 2048;

/**
 * Shingle sets of many texts in rarity order. Takes their rawShingleKeys end to end in `arena`
 * (text t at starts[t] .. starts[t + 1]), re-keys them in place and returns one sorted,
 * duplicate-free view per text. Repeats inside one text only nudge its counts (order-only use).
 * A generator that pauses every few milliseconds of work (see ../steps.ts).
 */
export function* shingleSetsByRaritySteps(arena: Float64Array, starts: Int32Array): Generator<void, Float64Array[]> {
  const texts = starts.length - 1;
  const totalKeys = starts[texts];
  const counterBits = Math.min(MAX_COUNTER_BITS, Math.max(8, Math.ceil(Math.log2(totalKeys + 1)) + 1));
  const counterMask = (1 << counterBits) - 1;
  const counts = new Uint8Array(1 << counterBits);
  for (let from = 0; from < totalKeys; from += KEYS_PER_STEP) {
    const to = Math.min(totalKeys, from + KEYS_PER_STEP);
    for (let i = from; i < to; i++) {
      const cell = (arena[i] >>> 0) & counterMask;
      if (counts[cell] < 255) counts[cell]++;
    }
    yield;
  }
  for (let from = 0; from < totalKeys; from += KEYS_PER_STEP) {
    const to = Math.min(totalKeys, from + KEYS_PER_STEP);
    for (let i = from; i < to; i++) {
      const key = arena[i];
      const rarityClass = 31 - Math.clz32(counts[(key >>> 0) & counterMask]);
      arena[i] = rarityClass * TWO_POW_48 + (key - Math.floor(key / TWO_POW_48) * TWO_POW_48);
    }
    yield;
  }
  const sets: Float64Array[] = [];
  for (let t = 0; t < texts; t++) {
    if (t % TEXTS_PER_STEP === 0) yield;
    const keys = arena.subarray(starts[t], starts[t + 1]).sort();
    sets.push(keys.subarray(0, dropRepeats(keys)));
  }
  return sets;
}
