// Exact and near-duplicate detection on normalized text: word shingles, Jaccard >= threshold.
// Used by the split's leakage check and by the agents' dedup. See set-similarity-index.ts for
// why the search is exact (no missed pairs) rather than probabilistic LSH.

import { runSteps } from '../steps.js';
import { shingleSetsByRaritySteps } from './rarity-order.js';
import { SetSimilarityIndex } from './set-similarity-index.js';
import { appendShingleKeys, KeyArena, shingleKeys } from './shingles.js';
import { similarPairSteps } from './similarity-join.js';
import { UnionFind } from './union-find.js';

export { normalizeForDedup } from './normalize.js';

export const DEFAULT_NEAR_DUPLICATE_THRESHOLD = 0.8;
const DEFAULT_SHINGLE_SIZE = 3;

export interface NearDuplicateOptions {
  /** Jaccard similarity of the shingle sets at or above which two texts are duplicates (0-1]. */
  threshold?: number;
  /** Shingle length in words. */
  shingleSize?: number;
  /** Seeds the shingle hash. Results do not depend on it (the search is exact), only timing. */
  seed?: number;
}

function shingleSizeOf(options: NearDuplicateOptions): number {
  const size = options.shingleSize ?? DEFAULT_SHINGLE_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingleSize must be a positive integer, got ${size}`);
  return size;
}

/** An incremental index: add texts one by one, ask whether a new text duplicates one of them. */
export class NearDuplicateIndex {
  private readonly index: SetSimilarityIndex;
  private readonly ids: string[] = [];
  private readonly shingleSize: number;
  private readonly seed: number;

  constructor(options: NearDuplicateOptions = {}) {
    this.index = new SetSimilarityIndex(options.threshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    this.shingleSize = shingleSizeOf(options);
    this.seed = (options.seed ?? 0) >>> 0;
  }

  get size(): number {
    return this.ids.length;
  }

  add(id: string, text: string): void {
    this.index.add(this.keysOf(text));
    this.ids.push(id);
  }

  /** The id of an indexed exact or near duplicate of `text` (an exact copy wins), else undefined. */
  findDuplicateOf(text: string): string | undefined {
    return this.firstSimilar(this.keysOf(text));
  }

  /** Adds the text unless it duplicates an indexed one; returns that one's id if so. */
  addIfNew(id: string, text: string): string | undefined {
    const keys = this.keysOf(text);
    const duplicate = this.firstSimilar(keys);
    if (duplicate !== undefined) return duplicate;
    this.index.add(keys);
    this.ids.push(id);
    return undefined;
  }

  private firstSimilar(keys: Float64Array): string | undefined {
    let found = -1;
    this.index.forEachSimilar(keys, (doc) => {
      found = doc;
      return true;
    });
    return found >= 0 ? this.ids[found] : undefined;
  }

  private keysOf(text: string): Float64Array {
    return shingleKeys(text, this.shingleSize, this.seed);
  }
}

/**
 * Groups of texts connected by exact or near duplication (transitively: if A~B and B~C, then
 * A, B and C form one group), as lists of positions in `texts`. Only groups of 2 or more.
 */
export function nearDuplicateIndexGroups(texts: readonly string[], options: NearDuplicateOptions = {}): number[][] {
  return runSteps(nearDuplicateGroupSteps(texts, options));
}

/** Progress of nearDuplicateGroupSteps: texts shingled, then sets compared, out of `total` each. */
export interface DuplicateSearchProgress {
  phase: 'shingles' | 'compare';
  done: number;
  total: number;
}

const TEXTS_PER_STEP = 1024;

/**
 * nearDuplicateIndexGroups as a generator: yields its progress every few hundred texts so that a
 * caller can keep an event loop (the menu) responsive; returns the groups.
 */
export function* nearDuplicateGroupSteps(
  texts: readonly string[],
  options: NearDuplicateOptions = {},
): Generator<DuplicateSearchProgress, number[][]> {
  const shingleSize = shingleSizeOf(options);
  const seed = (options.seed ?? 0) >>> 0;
  const total = texts.length;
  const arena = new KeyArena(total * 64);
  const starts = new Int32Array(total + 1);
  for (let i = 0; i < total; i++) {
    if (i % TEXTS_PER_STEP === 0) yield { phase: 'shingles', done: i, total };
    starts[i + 1] = starts[i] + appendShingleKeys(arena, texts[i], shingleSize, seed);
  }
  const sets = yield* progressOf(shingleSetsByRaritySteps(arena.keys, starts), { phase: 'shingles', done: total, total });
  const components = new UnionFind(total);
  const pairs = similarPairSteps(sets, options.threshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD, {
    onPair: (earlier, later) => components.union(earlier, later),
    skip: (earlier, later) => components.find(earlier) === components.find(later),
  });
  for (let step = pairs.next(); !step.done; step = pairs.next()) yield { phase: 'compare', done: step.value, total };
  return components.groups(2);
}

/** Runs `steps`, yielding `progress` at each of their pauses; returns their result. */
function* progressOf<T, P>(steps: Generator<void, T>, progress: P): Generator<P, T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield progress;
  }
}

/** Groups of ids whose texts are exact or near duplicates (connected components, size >= 2). */
export function nearDuplicateGroups(
  items: readonly { id: string; text: string }[],
  options: NearDuplicateOptions = {},
): string[][] {
  return nearDuplicateIndexGroups(
    items.map((item) => item.text),
    options,
  ).map((group) => group.map((position) => items[position].id));
}
