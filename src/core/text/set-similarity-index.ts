// Exact, incremental similarity search over shingle-key sets (Jaccard >= threshold).
//
// Keys are hashes, so the smallest keys of a set are its bottom-k MinHash sketch. Instead of LSH
// bands (which miss some true pairs), each set posts its k smallest keys with k chosen by prefix
// filtering (Bayardo et al. 2007, "Scaling up all pairs similarity search"): any two sets at or
// above the threshold share one of those keys, so no pair is ever missed. The first shared key
// bounds the possible overlap (positional filter, Xiao et al. 2008, PPJoin) and every remaining
// candidate is verified by its exact overlap. Exact copies (same set) are answered from a
// fingerprint map and not posted again, so thousands of copies of one text stay cheap.

import { PostingTable } from './posting-table.js';
import {
  assertThreshold,
  overlapAtLeast,
  overlapNeededAfterFirstShared,
  prefixLength,
  sameSet,
  setFingerprint,
} from './set-similarity.js';

export class SetSimilarityIndex {
  private readonly sets: Float64Array[] = [];
  private readonly postings = new PostingTable();
  private readonly firstWithFingerprint = new Map<number, number>();
  private visitedStamp = new Int32Array(1024);
  private stamp = 0;

  constructor(readonly threshold: number) {
    assertThreshold(threshold);
  }

  get size(): number {
    return this.sets.length;
  }

  /** Indexes a set and returns its document number (0, 1, 2, ... in order of adding). */
  add(keys: Float64Array): number {
    const doc = this.sets.length;
    this.sets.push(keys);
    if (doc >= this.visitedStamp.length) {
      const grown = new Int32Array(this.visitedStamp.length * 2);
      grown.set(this.visitedStamp);
      this.visitedStamp = grown;
    }
    if (this.findEqual(keys) >= 0) return doc;
    this.firstWithFingerprint.set(setFingerprint(keys), doc);
    const posted = prefixLength(keys.length, this.threshold);
    for (let position = 0; position < posted; position++) this.postings.add(keys[position], doc, position, keys.length);
    return doc;
  }

  /** The first indexed document with exactly this set, or -1. */
  findEqual(keys: Float64Array): number {
    const doc = this.firstWithFingerprint.get(setFingerprint(keys));
    return doc !== undefined && sameSet(this.sets[doc], keys) ? doc : -1;
  }

  /**
   * Calls `visit` for indexed documents whose set is a near duplicate of `keys`, until it returns
   * true. An exact copy is visited first. `skip` (checked before the costly overlap test) lets a
   * caller ignore candidates it already knows about. Copies of a visited set are not visited.
   */
  forEachSimilar(
    keys: Float64Array,
    visit: (doc: number) => boolean | void,
    skip?: (doc: number) => boolean,
  ): void {
    const equal = this.findEqual(keys);
    if (equal >= 0 && visit(equal)) return;
    const stamp = ++this.stamp;
    if (equal >= 0) this.visitedStamp[equal] = stamp;
    const probed = prefixLength(keys.length, this.threshold);
    for (let position = 0; position < probed; position++) {
      const key = keys[position];
      for (let entry = this.postings.first(key); entry >= 0; entry = this.postings.next(entry)) {
        const doc = this.postings.docAt(entry);
        if (this.visitedStamp[doc] === stamp) continue;
        // First visit = first shared key of both sets: nothing before these positions is shared.
        this.visitedStamp[doc] = stamp;
        const candidatePosition = this.postings.positionAt(entry);
        const needed = overlapNeededAfterFirstShared(
          keys.length,
          position,
          this.postings.setSizeAt(entry),
          candidatePosition,
          this.threshold,
        );
        if (needed === 0 || skip?.(doc)) continue;
        const candidate = this.sets[doc];
        if (overlapAtLeast(keys, candidate, needed, position, candidatePosition) && visit(doc)) return;
      }
    }
  }
}
