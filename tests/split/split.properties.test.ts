import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sourceKeyOf } from '../../src/core/split/grouping.js';
import { type SplitItem, type SplitOptions, type SplitResult, splitSamples } from '../../src/core/split/split.js';
import { isNearDuplicate } from '../text/dedup-oracle.js';
import { distinctDatasets, fewNearDuplicateDatasets, nearDuplicateDatasets, shuffled, splitOptions } from './datasets.js';

/** The weighting group the split put an item in (topics come from the result: they are chosen). */
function groupKeyOf(item: SplitItem, result: SplitResult, options: SplitOptions): string {
  if (options.strategy !== 'weighted') return '';
  return options.weightBy === 'source' ? sourceKeyOf(item) : (result.topics?.get(item.id) ?? 'missing topic');
}

function countsByGroup(items: SplitItem[], result: SplitResult, options: SplitOptions) {
  const counts = new Map<string, { total: number; train: number }>();
  for (const item of items) {
    const key = groupKeyOf(item, result, options);
    const entry = counts.get(key) ?? { total: 0, train: 0 };
    entry.total++;
    if (result.assignments.get(item.id) === 'train') entry.train++;
    counts.set(key, entry);
  }
  return counts;
}

/** Free samples on `side` that could move without emptying their group's side (see rebalance.ts). */
function movableOn(side: string, items: SplitItem[], result: SplitResult, options: SplitOptions): number {
  const inGroups = new Set(result.nearDuplicateGroups.flat());
  const counts = new Map<string, { total: number; onSide: number; free: number }>();
  for (const item of items) {
    const key = groupKeyOf(item, result, options);
    const entry = counts.get(key) ?? { total: 0, onSide: 0, free: 0 };
    entry.total++;
    if (result.assignments.get(item.id) === side) {
      entry.onSide++;
      if (!inGroups.has(item.id)) entry.free++;
    }
    counts.set(key, entry);
  }
  let movable = 0;
  for (const c of counts.values()) movable += c.total < 2 ? c.free : Math.min(c.free, c.onSide - 1);
  return movable;
}

describe('splitSamples properties', () => {
  it('assigns every sample exactly once and the counts add up', () => {
    fc.assert(
      fc.property(nearDuplicateDatasets(60), splitOptions, (items, options) => {
        const { assignments, report } = splitSamples(items, options);
        expect(assignments.size).toBe(items.length);
        for (const item of items) expect(['train', 'validation']).toContain(assignments.get(item.id));
        const train = [...assignments.values()].filter((side) => side === 'train').length;
        expect(report.train).toBe(train);
        expect(report.validation).toBe(items.length - train);
        expect(report.total).toBe(items.length);
        const rowSum = (rows: { total: number; train: number }[]) => rows.reduce((sum, row) => sum + row.total, 0);
        expect(rowSum(report.bySource)).toBe(items.length);
        expect(rowSum(report.byKeyword)).toBe(items.length);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps the train count within one sample of ratio × total (random) or one per group (weighted) without near duplicates', () => {
    fc.assert(
      fc.property(distinctDatasets(150), splitOptions, (items, options) => {
        const { report } = splitSamples(items, options);
        const rows = options.weightBy === 'source' ? report.bySource : report.byKeyword;
        const groups = options.strategy === 'random' ? 1 : rows.length;
        expect(Math.abs(report.train - options.ratio * items.length)).toBeLessThan(Math.max(1, groups));
        expect(report.train).toBe(report.targetTrain);
        if (items.length >= 2) expect(Math.min(report.train, report.validation)).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('hits the target exactly when a few near-duplicate groups are mixed in', () => {
    fc.assert(
      fc.property(fewNearDuplicateDatasets(150), splitOptions, (items, options) => {
        const { report } = splitSamples(items, options);
        expect(report.train).toBe(report.targetTrain);
      }),
      { numRuns: 200 },
    );
  });

  it('misses the target only as documented: no free sample can leave the heavy side, off by at most half the smallest near-duplicate group there', () => {
    fc.assert(
      fc.property(nearDuplicateDatasets(60), splitOptions, (items, options) => {
        const result = splitSamples(items, options);
        const { report, assignments, nearDuplicateGroups } = result;
        const excess = report.train - report.targetTrain;
        if (excess === 0) return;
        const heavy = excess > 0 ? 'train' : 'validation';
        expect(movableOn(heavy, items, result, options)).toBe(0);
        const heavyGroups = nearDuplicateGroups.filter((group) => assignments.get(group[0]) === heavy);
        const smallest = Math.min(...heavyGroups.map((group) => group.length));
        if (heavyGroups.length > 0) expect(Math.abs(excess)).toBeLessThanOrEqual(smallest / 2);
      }),
      { numRuns: 300 },
    );
  });

  it('never puts a near-duplicate pair on both sides (checked pair by pair)', () => {
    fc.assert(
      fc.property(nearDuplicateDatasets(60), splitOptions, fc.constantFrom(0.6, 0.8, 0.95), (items, options, threshold) => {
        const { assignments } = splitSamples(items, { ...options, nearDuplicateThreshold: threshold });
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            if (assignments.get(items[i].id) === assignments.get(items[j].id)) continue;
            expect(isNearDuplicate(items[i].text, items[j].text, threshold)).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic by seed, whatever the input order', () => {
    fc.assert(
      fc.property(nearDuplicateDatasets(60), splitOptions, fc.nat(), (items, options, shuffleSeed) => {
        const first = splitSamples(items, options);
        const second = splitSamples(shuffled(items, shuffleSeed), options);
        expect([...second.assignments].sort()).toEqual([...first.assignments].sort());
        expect(second.report).toEqual(first.report);
      }),
      { numRuns: 150 },
    );
  });

  it('weighted: every group of 2+ samples is on both sides when there are no near duplicates', () => {
    fc.assert(
      fc.property(distinctDatasets(150), splitOptions, (items, rawOptions) => {
        const options = { ...rawOptions, strategy: 'weighted' as const };
        const result = splitSamples(items, options);
        const counts = countsByGroup(items, result, options);
        const oneSided = [...counts].filter(([, c]) => c.total >= 2 && (c.train === 0 || c.train === c.total));
        expect(result.report.oneSidedGroups.sort()).toEqual(oneSided.map(([key]) => key).sort());
        expect(result.report.smallGroups.sort()).toEqual([...counts].filter(([, c]) => c.total === 1).map(([key]) => key).sort());
        expect(oneSided).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('weighted: each group gets floor or ceil of its proportional share when none needs forcing', () => {
    fc.assert(
      fc.property(distinctDatasets(150), splitOptions, (items, rawOptions) => {
        const options = { ...rawOptions, strategy: 'weighted' as const };
        const result = splitSamples(items, options);
        const counts = [...countsByGroup(items, result, options).values()];
        const forced = counts.some(
          (c) => c.total >= 2 && (Math.floor(c.total * options.ratio) < 1 || Math.ceil(c.total * options.ratio) > c.total - 1),
        );
        if (forced) return;
        for (const c of counts) {
          const ideal = c.total * options.ratio;
          expect(c.train).toBeGreaterThanOrEqual(Math.floor(ideal));
          expect(c.train).toBeLessThanOrEqual(Math.ceil(ideal));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports groups that near duplicates or the ratio left on one side', () => {
    fc.assert(
      fc.property(nearDuplicateDatasets(60), splitOptions, (items, rawOptions) => {
        const options = { ...rawOptions, strategy: 'weighted' as const };
        const result = splitSamples(items, options);
        const counts = countsByGroup(items, result, options);
        const oneSided = [...counts].filter(([, c]) => c.total >= 2 && (c.train === 0 || c.train === c.total));
        expect(result.report.oneSidedGroups.sort()).toEqual(oneSided.map(([key]) => key).sort());
        const inGroups = result.nearDuplicateGroups.reduce((sum, group) => sum + group.length, 0);
        expect(result.report.leakage.samplesInGroups).toBe(inGroups);
        expect(result.report.leakage.movedSamples).toBeLessThanOrEqual(inGroups);
      }),
      { numRuns: 200 },
    );
  });
});
