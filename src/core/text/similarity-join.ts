// All pairs of near-duplicate sets in a batch (Jaccard >= threshold), exact: the same prefix and
// positional filtering as set-similarity-index.ts, plus what knowing the batch up front allows:
// sets are processed by increasing size, so the indexed prefixes can be shorter (PPJoin's
// index prefix), and every posting list is laid out contiguously (built in two passes), which
// walks several times faster than linked lists at 100k texts.

import { KeySlots } from './key-slots.js';
import {
  assertThreshold,
  indexPrefixLength,
  overlapAtLeast,
  overlapNeededAfterFirstShared,
  prefixLength,
  sameSet,
  setFingerprint,
} from './set-similarity.js';

const STRIDE = 3;
const RANK = 0;
const POSITION = 1;
const SET_SIZE = 2;

export interface PairVisitor {
  /** Called once per found pair (document numbers), `earlier < later`. */
  onPair(earlier: number, later: number): void;
  /** Lets the caller skip the costly overlap test for a pair it does not need. */
  skip?(earlier: number, later: number): boolean;
}

/** Sets processed between two yields of similarPairSteps: about a millisecond of work. */
const SETS_PER_STEP = 256;

/**
 * Reports every near-duplicate pair among `sets` (sorted, duplicate-free keys), as a generator that
 * yields the number of sets processed so far every SETS_PER_STEP sets, so a caller can give the
 * event loop a turn (see ../steps.ts). A set equal to an earlier one is reported only with the first
 * of its copies (connected through it), which keeps thousands of copies of one text linear.
 */
export function* similarPairSteps(sets: readonly Float64Array[], threshold: number, visitor: PairVisitor): Generator<number, void> {
  assertThreshold(threshold);
  // Processing order: by size, so every earlier set is at most as large as the current one.
  const order = (yield* distinctSets(sets, visitor)).sort((a, b) => sets[a].length - sets[b].length || a - b);
  const index = yield* buildIndex(sets, order, threshold);
  const { probeStart, probeSlots, listStart, postings } = index;
  const visitedStamp = new Int32Array(order.length).fill(-1);
  for (let rank = 0; rank < order.length; rank++) {
    if (rank % SETS_PER_STEP === 0) yield rank;
    const doc = order[rank];
    const keys = sets[doc];
    for (let position = 0; position < probeStart[rank + 1] - probeStart[rank]; position++) {
      const slot = probeSlots[probeStart[rank] + position];
      const end = listStart[slot + 1] * STRIDE;
      // Lists are in processing order: stop at the first set that is not processed yet.
      for (let at = listStart[slot] * STRIDE; at < end; at += STRIDE) {
        const earlierRank = postings[at + RANK];
        if (earlierRank >= rank) break;
        if (visitedStamp[earlierRank] === rank) continue;
        // First visit = first shared key of both sets: nothing before these positions is shared.
        visitedStamp[earlierRank] = rank;
        const otherPosition = postings[at + POSITION];
        const needed = overlapNeededAfterFirstShared(keys.length, position, postings[at + SET_SIZE], otherPosition, threshold);
        if (needed === 0) continue;
        const other = order[earlierRank];
        const earlier = Math.min(other, doc);
        const later = Math.max(other, doc);
        if (visitor.skip?.(earlier, later)) continue;
        if (overlapAtLeast(keys, sets[other], needed, position, otherPosition)) visitor.onPair(earlier, later);
      }
    }
  }
}

interface PrefixIndex {
  /** Probe prefix of the set of rank r, as key slot ids: probeSlots[probeStart[r] .. probeStart[r + 1]]. */
  probeStart: Int32Array;
  probeSlots: Int32Array;
  /** Postings of slot id s: postings[listStart[s] * STRIDE .. listStart[s + 1] * STRIDE], by rank. */
  listStart: Int32Array;
  postings: Int32Array;
}

/** Sets handled between two yields while the index is built (its loops are cheap per set). */
const SETS_PER_INDEX_STEP = 4096;

function* buildIndex(sets: readonly Float64Array[], order: readonly number[], threshold: number): Generator<number, PrefixIndex> {
  const slots = new KeySlots();
  const probeStart = new Int32Array(order.length + 1);
  order.forEach((doc, rank) => (probeStart[rank + 1] = probeStart[rank] + prefixLength(sets[doc].length, threshold)));
  const probeSlots = new Int32Array(probeStart[order.length]);
  for (let rank = 0; rank < order.length; rank++) {
    if (rank % SETS_PER_INDEX_STEP === 0) yield 0;
    const doc = order[rank];
    for (let position = 0; position < probeStart[rank + 1] - probeStart[rank]; position++) {
      probeSlots[probeStart[rank] + position] = slots.idFor(sets[doc][position]);
    }
  }
  yield 0;
  const indexedLength = order.map((doc) => indexPrefixLength(sets[doc].length, threshold));
  const listStart = new Int32Array(slots.size + 1);
  indexedLength.forEach((length, rank) => {
    for (let position = 0; position < length; position++) listStart[probeSlots[probeStart[rank] + position] + 1]++;
  });
  for (let slot = 0; slot < slots.size; slot++) listStart[slot + 1] += listStart[slot];
  yield 0;
  const postings = new Int32Array(listStart[slots.size] * STRIDE);
  const fill = listStart.slice(0, slots.size);
  for (let rank = 0; rank < order.length; rank++) {
    if (rank % SETS_PER_INDEX_STEP === 0) yield 0;
    const length = indexedLength[rank];
    for (let position = 0; position < length; position++) {
      const at = fill[probeSlots[probeStart[rank] + position]]++ * STRIDE;
      postings[at + RANK] = rank;
      postings[at + POSITION] = position;
      postings[at + SET_SIZE] = sets[order[rank]].length;
    }
  }
  yield 0;
  return { probeStart, probeSlots, listStart, postings };
}

/** Documents whose set is not a copy of an earlier one; copies are reported right away. */
function* distinctSets(sets: readonly Float64Array[], visitor: PairVisitor): Generator<number, number[]> {
  const firstWithFingerprint = new Map<number, number>();
  const distinct: number[] = [];
  for (let doc = 0; doc < sets.length; doc++) {
    if (doc % SETS_PER_INDEX_STEP === 0) yield 0;
    const keys = sets[doc];
    const fingerprint = setFingerprint(keys);
    const first = firstWithFingerprint.get(fingerprint);
    if (first !== undefined && sameSet(sets[first], keys)) {
      visitor.onPair(first, doc);
      continue;
    }
    if (first === undefined) firstWithFingerprint.set(fingerprint, doc);
    distinct.push(doc);
  }
  return distinct;
}
