// How many samples go to train: overall, and per weighting group.

/**
 * round(ratio × total), kept within [1, total − 1] from 2 samples on so neither split is empty.
 * Either way it stays within one sample of ratio × total.
 */
export function trainTarget(total: number, ratio: number): number {
  const rounded = Math.round(total * ratio);
  return total < 2 ? rounded : Math.min(total - 1, Math.max(1, rounded));
}

export interface GroupQuotas {
  /** Train samples per group; they add up to the target. */
  train: number[];
  /** Groups of 2+ samples that the target forces onto one side (smallest groups first). */
  oneSided: number[];
}

/**
 * Train quotas per group by largest remainder: each group gets floor(ratio × size) or one more,
 * so that the quotas add up to `target` exactly. Groups of 2+ samples get at least one sample on
 * each side; when the target makes that impossible for all of them (e.g. 90/10 over many groups
 * of 3), the groups with the smallest claim to the scarce side give up their share.
 */
export function trainQuotas(sizes: readonly number[], ratio: number, target: number): GroupQuotas {
  const ideal = sizes.map((size) => size * ratio);
  const splittable = (g: number) => sizes[g] >= 2;
  const low = sizes.map((_, g) => (splittable(g) ? 1 : 0));
  const high = sizes.map((size, g) => (splittable(g) ? size - 1 : size));
  const train = sizes.map((_, g) => Math.min(high[g], Math.max(low[g], Math.floor(ideal[g]))));
  let missing = target - train.reduce((sum, quota) => sum + quota, 0);
  missing = adjustTowards(train, missing, ideal, low, high);
  if (missing !== 0) {
    adjustTowards(train, missing, ideal, sizes.map(() => 0), [...sizes]);
  }
  const oneSided = sizes
    .map((_, g) => g)
    .filter((g) => splittable(g) && (train[g] === 0 || train[g] === sizes[g]));
  return { train, oneSided };
}

/**
 * Moves quotas one at a time towards `missing` (positive: add train samples), always picking
 * the group furthest from its ideal in that direction (ties: earlier group), within bounds.
 * Returns what is still missing when the bounds do not allow more.
 */
function adjustTowards(train: number[], missing: number, ideal: number[], low: number[], high: number[]): number {
  while (missing !== 0) {
    const step = missing > 0 ? 1 : -1;
    const movable = train
      .map((_, g) => g)
      .filter((g) => (step > 0 ? train[g] < high[g] : train[g] > low[g]))
      .sort((a, b) => step * (ideal[b] - train[b]) - step * (ideal[a] - train[a]) || a - b);
    if (movable.length === 0) return missing;
    for (const g of movable.slice(0, Math.abs(missing))) {
      train[g] += step;
      missing -= step;
    }
  }
  return 0;
}
