// How samples spread over sources and topics, before a split (totals only) and after it.

import type { Split } from '../types.js';
import type { WeightBy } from '../choices.js';
import { type GroupableItem, keywordKeyOf, sourceKeyOf } from './grouping.js';

interface DistributionRow {
  key: string;
  /** Samples of this key in the dataset (excluded samples are not counted anywhere). */
  total: number;
  train: number;
  validation: number;
  /** total / all samples: this key's share of the dataset. */
  share: number;
  /** train / all train samples (0 when train is empty). */
  trainShare: number;
  /** validation / all validation samples (0 when validation is empty). */
  validationShare: number;
}

export interface Distribution {
  bySource: DistributionRow[];
  byKeyword: DistributionRow[];
}

export interface SplitReport extends Distribution {
  total: number;
  train: number;
  validation: number;
  /** The requested train share. */
  ratio: number;
  /**
   * The train count aimed at: round(ratio × total) (at least 1 per side from 2 samples on) for
   * random; for weighted, the sum of the group quotas, which may differ from it by up to one
   * sample per group so that every group of 2+ samples is on both sides.
   */
  targetTrain: number;
  strategy: 'random' | 'weighted';
  weightBy: WeightBy;
  seed: number;
  /** Weighted only: groups (by weightBy) with a single sample: too small to split, on one side. */
  smallGroups: string[];
  /** Weighted only: groups of 2+ samples that still ended on one side (only near duplicates do that). */
  oneSidedGroups: string[];
  leakage: {
    threshold: number;
    /** Near-duplicate groups (2+ samples each) kept on one side. */
    groups: number;
    samplesInGroups: number;
    /** Samples moved to join the rest of their near-duplicate group. */
    movedSamples: number;
    /** Other samples moved the opposite way to keep the ratio and the per-group counts. */
    rebalancedSamples: number;
  };
}

interface Counts {
  total: number;
  train: number;
  validation: number;
}

/**
 * Counts per source and per topic keyword (see grouping.ts). Without assignments every sample
 * is only in `total` (the before-split view). Excluded samples are left out of every count.
 * Rows are sorted by total, largest first, then by key.
 */
export function distributionOf(
  items: readonly (GroupableItem & { id: string })[],
  assignments?: ReadonlyMap<string, Split>,
): Distribution {
  const sides = items.map((item) => assignments?.get(item.id));
  return {
    bySource: rowsBy(items, sides, sourceKeyOf),
    byKeyword: rowsBy(items, sides, keywordKeyOf),
  };
}

function rowsBy<T extends GroupableItem>(
  items: readonly T[],
  sides: readonly (Split | undefined)[],
  keyOf: (item: T) => string,
): DistributionRow[] {
  const byKey = new Map<string, Counts>();
  const all: Counts = { total: 0, train: 0, validation: 0 };
  items.forEach((item, i) => {
    const side = sides[i];
    if (side === 'excluded') return;
    const key = keyOf(item);
    let counts = byKey.get(key);
    if (!counts) byKey.set(key, (counts = { total: 0, train: 0, validation: 0 }));
    counts.total++;
    all.total++;
    if (side === 'train') {
      counts.train++;
      all.train++;
    } else if (side === 'validation') {
      counts.validation++;
      all.validation++;
    }
  });
  const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return [...byKey]
    .map(([key, counts]) => ({
      key,
      ...counts,
      share: ratio(counts.total, all.total),
      trainShare: ratio(counts.train, all.train),
      validationShare: ratio(counts.validation, all.validation),
    }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
