// Weighted by keywords: the keyword each sample is grouped by is chosen for balanced groups (issue 18).
import { describe, expect, it } from 'vitest';
import { splitSamples } from '../../src/core/split/split.js';
import { chooseTopics, topicCandidates } from '../../src/core/split/topics.js';

describe('chooseTopics', () => {
  it('moves a sample to its second keyword when that leaves no group of one', () => {
    // By first keyword: billing 3, refunds 1 (too small to split). Sample 3 also has "refunds".
    expect(chooseTopics([['billing'], ['billing'], ['billing', 'refunds'], ['refunds']])).toEqual([
      'billing',
      'billing',
      'refunds',
      'refunds',
    ]);
  });

  it('evens out one large topic against a smaller one the samples also have', () => {
    // First keyword: faq 6, install 2. Two moves give 4 and 4; a third would only swap the imbalance.
    const lists = [...Array.from({ length: 6 }, () => ['faq', 'install']), ['install'], ['install']];
    expect(chooseTopics(lists)).toEqual(['install', 'install', 'faq', 'faq', 'faq', 'faq', 'install', 'install']);
  });

  it('keeps the first keyword when no other keyword makes the groups more balanced', () => {
    expect(chooseTopics([['a', 'b'], ['a', 'b'], ['b'], ['b']])).toEqual(['a', 'a', 'b', 'b']);
  });

  it('trims and lowercases keywords; no keyword is a topic of its own', () => {
    expect(topicCandidates([' Billing ', 'billing', 'Refunds'])).toEqual(['billing', 'refunds']);
    expect(topicCandidates([])).toEqual(['(no keyword)']);
    expect(topicCandidates(['  '])).toEqual(['(no keyword)']);
  });
});

describe('splitSamples weighted by keywords', () => {
  it('reports the chosen topic of each sample and balances those groups', () => {
    const items = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `f${i}`, text: `faq text ${i} here ${i}`, source: 'a.md', keywords: ['FAQ', 'install'] })),
      ...Array.from({ length: 2 }, (_, i) => ({ id: `i${i}`, text: `install text ${i} here ${i}`, source: 'a.md', keywords: ['install'] })),
    ];
    const { topics, report } = splitSamples(items, { ratio: 0.75, strategy: 'weighted', weightBy: 'keywords', seed: 1 });
    expect(topics?.get('f0')).toBe('install');
    expect(topics?.get('f5')).toBe('faq');
    expect(report.byKeyword.map((row) => [row.key, row.train, row.validation])).toEqual([
      ['faq', 3, 1],
      ['install', 3, 1],
    ]);
  });

  it('leaves topics out when the split is not weighted by keywords', () => {
    const items = [{ id: 'a', text: 'one two three', source: 'x.md', keywords: ['k'] }];
    expect(splitSamples(items, { ratio: 0.8, strategy: 'weighted', weightBy: 'source', seed: 1 }).topics).toBeUndefined();
  });
});
