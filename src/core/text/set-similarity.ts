// Jaccard similarity on sorted, duplicate-free Float64Array sets (see shingles.ts), with the
// bounds prefix filtering needs. "Near duplicate" means Jaccard >= threshold, inclusive.

const ROUNDING_SLACK = 1e-9;
/** Filters use a looser slack than the verdict so they can never reject a true pair. */
const FILTER_SLACK = 1e-6;

export function assertThreshold(threshold: number): void {
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`near-duplicate threshold must be in (0, 1], got ${threshold}`);
  }
}

/** Smallest overlap two sets of these sizes must share for Jaccard >= threshold. */
function minOverlap(sizeA: number, sizeB: number, threshold: number): number {
  return Math.max(1, Math.ceil((threshold * (sizeA + sizeB)) / (1 + threshold) - ROUNDING_SLACK));
}

/**
 * How many of a set's smallest keys go into the index. Two sets with Jaccard >= threshold always
 * share at least one key within their prefixes (prefix filtering), so probing prefixes is exact.
 */
export function prefixLength(size: number, threshold: number): number {
  if (size === 0) return 0;
  return size - Math.ceil(threshold * size - FILTER_SLACK) + 1;
}

/**
 * A shorter prefix for sets that are only ever compared with sets at least as large (a batch
 * processed by increasing size): they need an overlap of 2t/(1+t) of their own size.
 */
export function indexPrefixLength(size: number, threshold: number): number {
  if (size === 0) return 0;
  return size - Math.ceil(((2 * threshold) / (1 + threshold)) * size - FILTER_SLACK) + 1;
}

/** Whether a set of `candidateSize` can reach the threshold with a set of `size` at all. */
function sizesCompatible(size: number, candidateSize: number, threshold: number): boolean {
  return candidateSize >= threshold * size - FILTER_SLACK && candidateSize * threshold <= size + FILTER_SLACK;
}

/**
 * The overlap two sets still need when the first key they share sits at these positions (nothing
 * before is shared), or 0 when their sizes or those positions already rule the pair out.
 */
export function overlapNeededAfterFirstShared(
  size: number,
  position: number,
  candidateSize: number,
  candidatePosition: number,
  threshold: number,
): number {
  if (!sizesCompatible(size, candidateSize, threshold)) return 0;
  const needed = minOverlap(size, candidateSize, threshold);
  return Math.min(size - position, candidateSize - candidatePosition) >= needed ? needed : 0;
}

/**
 * Whether the sorted sets share at least `needed` keys (stops as soon as the answer is known).
 * `fromA`/`fromB` skip leading keys known not to be shared.
 */
export function overlapAtLeast(a: Float64Array, b: Float64Array, needed: number, fromA = 0, fromB = 0): boolean {
  let i = fromA;
  let j = fromB;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (shared + Math.min(a.length - i, b.length - j) < needed) return false;
    const x = a[i];
    const y = b[j];
    if (x === y) {
      if (++shared >= needed) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared >= needed;
}

export function sameSet(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A 53-bit fingerprint of a whole set, for the exact-duplicate fast path. */
export function setFingerprint(keys: Float64Array): number {
  let a = 0x3c6ef372 ^ keys.length;
  let b = 0xa54ff53a;
  for (let i = 0; i < keys.length; i++) {
    const low = keys[i] >>> 0;
    const high = Math.floor(keys[i] / 0x1_0000_0000);
    a = Math.imul(a ^ low, 0x9e3779b1) ^ high;
    b = Math.imul(b ^ high, 0x85ebca77) ^ low;
    a = (a << 7) | (a >>> 25);
  }
  return ((a >>> 0) >>> 11) * 0x1_0000_0000 + (b >>> 0);
}
