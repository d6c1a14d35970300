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
  /** Train samples per group. */
  train: number[];
  /** Their sum: the train count the split aims at (within one sample per group of ratio × total). */
  total: number;
}

/**
 * Train quotas per group. Representation comes first: every group of 2+ samples keeps at least
 * one sample on each side, whatever the ratio. Then, in two steps towards `target`:
 * (1) rounding by largest remainder: each group gets floor(ratio × size) or one more;
 * (2) balance: when the floors of one per side kept step 1 from reaching the target (e.g. 90/10
 *     over many groups of 3), groups may take one more sample each, the closest to their ideal first.
 * Every quota stays within two samples of its ideal and the total within one sample per group of
 * ratio × total: the overall share gives way before a group vanishes from a side.
 */
export function trainQuotas(sizes: readonly number[], ratio: number, target: number): GroupQuotas {
  const ideal = sizes.map((size) => size * ratio);
  const low = sizes.map((size) => (size >= 2 ? 1 : 0));
  const high = sizes.map((size) => (size >= 2 ? size - 1 : size));
  const train = sizes.map((_, g) => Math.min(high[g], Math.max(low[g], Math.floor(ideal[g]))));
  const rounded = (g: number) => [Math.max(low[g], Math.floor(ideal[g])), Math.min(high[g], Math.ceil(ideal[g]))];
  let missing = target - sum(train);
  missing = adjustTowards(train, missing, ideal, train.map((_, g) => rounded(g)[0]), train.map((_, g) => rounded(g)[1]));
  if (missing !== 0) {
    const oneBelow = train.map((quota, g) => Math.max(low[g], quota - 1));
    const oneAbove = train.map((quota, g) => Math.min(high[g], quota + 1));
    adjustTowards(train, missing, ideal, oneBelow, oneAbove);
  }
  return { train, total: sum(train) };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

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
