import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { distributionOf } from '../../src/core/split/distribution.js';
import { applyOverrides, splitNearDuplicateGroups } from '../../src/core/split/overrides.js';
import { trainQuotas, trainTarget } from '../../src/core/split/quotas.js';
import { parseSplitRatio } from '../../src/core/split/ratio.js';
import { mulberry32, shuffleInPlace } from '../../src/core/split/seeded-random.js';
import type { Split } from '../../src/core/types.js';

describe('seeded random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(2 ** 32 + 42)).not.toEqual(draw(42));
    for (const value of draw(7)) expect(value >= 0 && value < 1).toBe(true);
  });

  it('shuffles into a permutation', () => {
    const shuffled = shuffleInPlace(Array.from({ length: 50 }, (_, i) => i), mulberry32(1));
    expect([...shuffled].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(shuffled).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});

describe('quotas', () => {
  it('aims at round(ratio × total), keeping both sides non-empty', () => {
    expect(trainTarget(10, 0.9)).toBe(9);
    expect(trainTarget(5, 0.9)).toBe(4);
    expect(trainTarget(30, 0.99)).toBe(29);
    expect(trainTarget(30, 0.01)).toBe(1);
    expect(trainTarget(1, 0.9)).toBe(1);
    expect(trainTarget(0, 0.9)).toBe(0);
  });

  it('shares the target by largest remainder', () => {
    // ideal 3.5, 2.8, 1.4, 0.7 (sizes 5, 4, 2, 1 at 0.7) and target round(8.4) = 8
    expect(trainQuotas([5, 4, 2, 1], 0.7, 8)).toEqual({ train: [3, 3, 1, 1], total: 8 });
  });

  it('keeps every group of 2+ on both sides and balances the rest one sample per group at most', () => {
    // 90/10: ideal 2.7 for the groups of 3 (at most 2 in train), 18 for the group of 20; target 26.
    // Largest remainder gives 2, 2, 2, 18 = 24; the balance step lets the big group take one more.
    expect(trainQuotas([3, 3, 3, 20], 0.9, 26)).toEqual({ train: [2, 2, 2, 19], total: 25 });
    // 80/20 over two pairs and two tens, target round(19.2) = 19 (issue 18): the pairs keep 1/1
    // (floor 1.6 = 1, and 2 would empty their validation side); one ten takes the missing sample.
    expect(trainQuotas([2, 2, 10, 10], 0.8, 19)).toEqual({ train: [1, 1, 9, 8], total: 19 });
    // 10/90: a pair still keeps one train sample; a single sample goes where its share rounds.
    expect(trainQuotas([2, 1, 1], 0.1, 1)).toEqual({ train: [1, 0, 0], total: 1 });
  });
});

describe('distributionOf', () => {
  const items = [
    { id: 'a', source: 'x.pdf', keywords: ['Billing'] },
    { id: 'b', source: 'x.pdf', keywords: ['shipping', 'billing'] },
    { id: 'c', source: 'y.md', keywords: [] },
    { id: 'd', source: '', keywords: ['billing'] },
  ];

  it('counts totals only before the split', () => {
    const { bySource, byKeyword } = distributionOf(items);
    expect(bySource.map((row) => [row.key, row.total, row.train, row.validation, row.share])).toEqual([
      ['x.pdf', 2, 0, 0, 0.5],
      ['(unknown source)', 1, 0, 0, 0.25],
      ['y.md', 1, 0, 0, 0.25],
    ]);
    expect(byKeyword.map((row) => [row.key, row.total])).toEqual([
      ['billing', 2],
      ['(no keyword)', 1],
      ['shipping', 1],
    ]);
  });

  it('counts per split after it, leaving excluded samples out', () => {
    const assignments = new Map<string, Split>([
      ['a', 'train'],
      ['b', 'validation'],
      ['c', 'train'],
      ['d', 'excluded'],
    ]);
    const { bySource } = distributionOf(items, assignments);
    expect(bySource).toEqual([
      { key: 'x.pdf', total: 2, train: 1, validation: 1, share: 2 / 3, trainShare: 0.5, validationShare: 1 },
      { key: 'y.md', total: 1, train: 1, validation: 0, share: 1 / 3, trainShare: 0.5, validationShare: 0 },
    ]);
  });
});

describe('overrides', () => {
  const assignments = new Map<string, Split>([
    ['a', 'train'],
    ['b', 'train'],
    ['c', 'validation'],
  ]);

  it('moves and excludes samples without touching the original map', () => {
    const result = applyOverrides(
      assignments,
      new Map<string, Split>([
        ['a', 'validation'],
        ['c', 'excluded'],
        ['gone', 'train'],
      ]),
    );
    expect([...result]).toEqual([
      ['a', 'validation'],
      ['b', 'train'],
      ['c', 'excluded'],
    ]);
    expect(assignments.get('a')).toBe('train');
  });

  it('finds near-duplicate groups that a manual move split', () => {
    const moved = applyOverrides(assignments, new Map<string, Split>([['b', 'validation']]));
    expect(splitNearDuplicateGroups(moved, [['a', 'b'], ['b', 'c']])).toEqual([['a', 'b']]);
    expect(splitNearDuplicateGroups(assignments, [['a', 'b']])).toEqual([]);
  });
});

describe('parseSplitRatio', () => {
  it.each([
    ['90/10', 0.9],
    ['80:20', 0.8],
    [' 70 / 30 ', 0.7],
    ['0.85', 0.85],
    ['75', 0.75],
    ['60%', 0.6],
    ['none', 'none'],
  ])('reads %s', (text, expected) => {
    expect(parseSplitRatio(text)).toBe(expected);
  });

  it.each(['100/0', '0', '1', 'abc', '1.5', '-0.2', ''])('rejects %s with a hint', (text) => {
    expect(() => parseSplitRatio(text)).toThrow(ConfigError);
  });
});
