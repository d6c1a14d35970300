// The distribution report names the groups too small to split and says when the ratio gave way.
import { describe, expect, it } from 'vitest';
import { splitReportNotes, storedSplitReport } from '../../src/core/split/report-notes.js';
import { type SplitItem, splitSamples } from '../../src/core/split/split.js';

const items = (perSource: Record<string, number>): SplitItem[] =>
  Object.entries(perSource).flatMap(([source, count]) =>
    Array.from({ length: count }, (_, i) => ({ id: `${source}-${i}`, text: `sample ${source} ${i} says ${i}`, source, keywords: [] })),
  );

describe('splitReportNotes', () => {
  it('names single-sample sources and the train count moved to keep every source on both sides', () => {
    // 90/10 over four files of 3 and two single files: round(12.6) = 13 train would leave 1
    // validation sample for 4 files; each file of 3 keeps 2/1 (8), the singles go to train (0.9 rounds up).
    const { report } = splitSamples(items({ 'a.md': 3, 'b.md': 3, 'c.md': 3, 'd.md': 3, 'one.csv': 1, 'two.pdf': 1 }), {
      ratio: 0.9,
      strategy: 'weighted',
      weightBy: 'source',
      seed: 3,
    });
    expect(splitReportNotes(report)).toEqual([
      'Too small to split (1 sample, on one side only), 2 source(s): one.csv, two.pdf',
      'Train 10 instead of 13: every source with 2+ samples keeps one on each side.',
    ]);
  });

  it('says nothing for a random split, and reads the report back from stored split settings', () => {
    const { report } = splitSamples(items({ 'a.md': 5 }), { ratio: 0.8, strategy: 'random', weightBy: 'source', seed: 1 });
    expect(splitReportNotes(report)).toEqual([]);
    expect(storedSplitReport({ enabled: true, report })).toEqual(report);
    expect(storedSplitReport({ enabled: false, report: null })).toBeUndefined();
    expect(storedSplitReport(null)).toBeUndefined();
  });
});
