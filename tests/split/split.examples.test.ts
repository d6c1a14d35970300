import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { type SplitItem, splitItemOf, splitSamples } from '../../src/core/split/split.js';

const item = (id: string, source: string, keyword: string, text = `sample ${id} says ${id}`): SplitItem => ({
  id,
  text,
  source,
  keywords: [keyword],
});

function dataset(perSource: Record<string, number>): SplitItem[] {
  return Object.entries(perSource).flatMap(([source, count]) =>
    Array.from({ length: count }, (_, i) => item(`${source}-${i}`, source, i % 2 === 0 ? 'even' : 'odd')),
  );
}

describe('splitSamples', () => {
  it.each([
    [0.9, 90],
    [0.8, 80],
    [0.7, 70],
    [0.65, 65],
  ])('splits 100 samples at %s into %i train', (ratio, train) => {
    const { report } = splitSamples(dataset({ 'a.pdf': 100 }), { ratio, strategy: 'random', weightBy: 'source', seed: 1 });
    expect([report.train, report.validation]).toEqual([train, 100 - train]);
  });

  it('weighted by source keeps each file in proportion on both sides', () => {
    const items = dataset({ 'big.pdf': 50, 'mid.docx': 30, 'small.md': 20, 'tiny.txt': 3, 'one.csv': 1 });
    const { report } = splitSamples(items, { ratio: 0.8, strategy: 'weighted', weightBy: 'source', seed: 7 });
    const rows = Object.fromEntries(report.bySource.map((row) => [row.key, [row.train, row.validation]]));
    expect(rows['big.pdf']).toEqual([40, 10]);
    expect(rows['mid.docx']).toEqual([24, 6]);
    expect(rows['small.md']).toEqual([16, 4]);
    expect(rows['tiny.txt'][0] >= 1 && rows['tiny.txt'][1] >= 1).toBe(true);
    expect(report.train).toBe(Math.round(0.8 * items.length));
    expect(report.smallGroups).toEqual(['one.csv']);
    expect(report.oneSidedGroups).toEqual([]);
  });

  it('weighted by keyword groups by the first keyword, case-insensitively', () => {
    const items = [
      ...Array.from({ length: 10 }, (_, i) => item(`b${i}`, 'x.md', i % 2 ? 'Billing' : ' billing')),
      ...Array.from({ length: 10 }, (_, i) => ({ ...item(`s${i}`, 'x.md', 'shipping'), keywords: ['shipping', 'billing'] })),
    ];
    const { report } = splitSamples(items, { ratio: 0.7, strategy: 'weighted', weightBy: 'keywords', seed: 3 });
    expect(report.byKeyword.map((row) => [row.key, row.train, row.validation])).toEqual([
      ['billing', 7, 3],
      ['shipping', 7, 3],
    ]);
  });

  it('when the ratio cannot give every group a sample on the smaller side, the overall share gives way', () => {
    // 90/10 over 10 files of 3: round(27) train would leave 3 validation samples for 10 files.
    // Each file keeps 2/1 instead (issue 18): 20 train, within one sample per file of 27.
    const items = dataset(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`f${i}.md`, 3])));
    const { report } = splitSamples(items, { ratio: 0.9, strategy: 'weighted', weightBy: 'source', seed: 5 });
    expect(report.train).toBe(20);
    expect(report.targetTrain).toBe(20);
    expect(report.oneSidedGroups).toEqual([]);
    expect(report.bySource.every((row) => row.train === 2 && row.validation === 1)).toBe(true);
  });

  it('keeps near duplicates together and reports how many samples moved', () => {
    const copies = Array.from({ length: 10 }, (_, i) =>
      item(`dup${i}`, 'faq.pdf', 'faq', `How do I reset my password? Open settings, choose security, then reset ${i % 2 ? '!' : '.'}`),
    );
    const items = [...copies, ...dataset({ 'faq.pdf': 40 })];
    const { report, assignments, nearDuplicateGroups } = splitSamples(items, {
      ratio: 0.5,
      strategy: 'random',
      weightBy: 'source',
      seed: 11,
    });
    expect(nearDuplicateGroups).toHaveLength(1);
    expect(new Set(copies.map((copy) => assignments.get(copy.id))).size).toBe(1);
    expect(report.leakage).toMatchObject({ groups: 1, samplesInGroups: 10 });
    expect(report.leakage.movedSamples).toBeGreaterThan(0);
    expect(report.leakage.rebalancedSamples).toBe(report.leakage.movedSamples);
    expect(report.train).toBe(25);
  });

  it('moves whole near-duplicate groups when no other sample can restore the ratio', () => {
    // 40 pairs of duplicates and nothing else: only whole pairs can move.
    const pairs = Array.from({ length: 80 }, (_, i) =>
      item(`p${i}`, `f${i % 3}.md`, 'k', `pair number ${i >> 1} repeats this sentence ${i >> 1} twice`),
    );
    for (const seed of [1, 2, 3, 4, 5]) {
      const even = splitSamples(pairs, { ratio: 0.75, strategy: 'random', weightBy: 'source', seed });
      expect(even.report.leakage.groups).toBe(40);
      expect(even.report.train).toBe(60);
      const odd = splitSamples(pairs, { ratio: 0.8, strategy: 'weighted', weightBy: 'source', seed });
      expect(Math.abs(odd.report.train - 64)).toBeLessThanOrEqual(1);
    }
  });

  it('gives each sample the train share as its chance of being in train, across seeds', () => {
    const items = dataset({ 'a.pdf': 10 });
    const trainCounts = new Map<string, number>();
    for (let seed = 0; seed < 1000; seed++) {
      const { assignments } = splitSamples(items, { ratio: 0.7, strategy: 'random', weightBy: 'source', seed });
      for (const [id, side] of assignments) if (side === 'train') trainCounts.set(id, (trainCounts.get(id) ?? 0) + 1);
    }
    // 1000 draws at p = 0.7: mean 700, standard deviation about 14.5.
    for (const sample of items) expect(Math.abs((trainCounts.get(sample.id) ?? 0) - 700)).toBeLessThan(75);
  });

  it('changes with the seed', () => {
    const items = dataset({ 'a.pdf': 100 });
    const split = (seed: number) =>
      splitSamples(items, { ratio: 0.8, strategy: 'random', weightBy: 'source', seed }).assignments;
    expect([...split(1)]).not.toEqual([...split(2)]);
    expect([...split(2 ** 40)]).not.toEqual([...split(1)]);
    expect([...split(-5)]).toEqual([...split(-5)]);
  });

  it('handles empty and single-sample datasets', () => {
    const options = { ratio: 0.8, strategy: 'weighted' as const, weightBy: 'source' as const, seed: 1 };
    expect(splitSamples([], options).report).toMatchObject({ total: 0, train: 0, validation: 0 });
    expect(splitSamples([item('a', 'x', 'k')], options).assignments.get('a')).toBe('train');
    expect(splitSamples([item('a', 'x', 'k')], { ...options, ratio: 0.3 }).assignments.get('a')).toBe('validation');
  });

  it('rejects bad options with a hint and duplicate ids as a bug', () => {
    const options = { ratio: 0.8, strategy: 'random' as const, weightBy: 'source' as const, seed: 1 };
    for (const bad of [{ ratio: 1 }, { ratio: 0 }, { ratio: Number.NaN }, { seed: 1.5 }, { nearDuplicateThreshold: 0 }]) {
      expect(() => splitSamples([], { ...options, ...bad })).toThrow(ConfigError);
    }
    expect(() => splitSamples([], { ...options, strategy: 'stratified' as 'random' })).toThrow(
      expect.objectContaining({ hint: 'Use random or weighted.' }),
    );
    expect(() => splitSamples([item('a', 'x', 'k'), item('a', 'y', 'k')], options)).toThrow(/Duplicate sample id/);
  });
});

describe('splitItemOf', () => {
  it('compares conversation turns, not the shared system prompt', () => {
    const result = splitItemOf({
      id: 's1',
      conversation: { system: 'You are helpful.', turns: [{ role: 'user', content: 'Hi?' }, { role: 'assistant', content: 'Hello!' }] },
      source: { file: 'chat.txt', location: 'line 3' },
      keywords: ['greeting'],
      origin: 'identified',
    });
    expect(result).toEqual({ id: 's1', text: 'Hi?\nHello!', source: 'chat.txt', keywords: ['greeting'] });
  });
});
