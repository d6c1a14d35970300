import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex, nearDuplicateGroups } from '../../src/core/text/near-duplicates.js';
import { bruteForceGroups, canonicalGroups, isNearDuplicate, jaccard, nearDuplicateTexts, shingleStrings } from './dedup-oracle.js';
import { corpusFile } from '../helpers/corpus.js';

const withIds = (texts: string[]) => texts.map((text, i) => ({ id: `s${String(i).padStart(3, '0')}`, text }));

describe('nearDuplicateGroups', () => {
  it('finds exactly the connected components of the brute-force pairwise check', () => {
    fc.assert(
      fc.property(nearDuplicateTexts(40), fc.constantFrom(0.5, 0.7, 0.8, 0.9, 1), (texts, threshold) => {
        const items = withIds(texts);
        expect(canonicalGroups(nearDuplicateGroups(items, { threshold }))).toEqual(bruteForceGroups(items, threshold));
      }),
      { numRuns: 400 },
    );
  });

  it('groups exact copies after normalization and transitive near duplicates', () => {
    const base = 'The quick brown fox jumps over the lazy dog near the river bank today';
    const items = [
      { id: 'a', text: base },
      { id: 'b', text: 'Something else entirely, about invoices and their due dates.' },
      { id: 'c', text: base.toUpperCase().replace(/ /g, '  ') + '!!!' },
      { id: 'd', text: base.replace('today', 'tonight') },
      { id: 'e', text: 'Unrelated: how do I reset my password?' },
    ];
    expect(canonicalGroups(nearDuplicateGroups(items))).toEqual([['a', 'c', 'd']]);
  });

  it('treats texts without words as copies of each other only', () => {
    const groups = nearDuplicateGroups([
      { id: 'x', text: '' },
      { id: 'y', text: '!!!' },
      { id: 'z', text: 'words here' },
    ]);
    expect(canonicalGroups(groups)).toEqual([['x', 'y']]);
  });

  it('stays fast with thousands of copies of one text', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      id: String(i),
      text: i % 2 === 0 ? 'the same frequently asked question and its answer' : `unique sample number ${i} about topic ${i % 97}`,
    }));
    const started = performance.now();
    const groups = nearDuplicateGroups(items);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toHaveLength(10_000);
  });

  it('rejects thresholds outside (0, 1]', () => {
    expect(() => nearDuplicateGroups([], { threshold: 0 })).toThrow(RangeError);
    expect(() => nearDuplicateGroups([], { threshold: 1.2 })).toThrow(RangeError);
  });

  it('agrees with brute force on real text (GSM8K questions with edited copies)', () => {
    const corpus = corpusFile('jsonl/gsm8k_test.jsonl');
    const questions = readFileSync(corpus, 'utf8')
      .trim()
      .split('\n')
      .slice(0, 300)
      .map((line) => (JSON.parse(line) as { question: string }).question);
    const edited = questions.slice(0, 60).map((question, i) => {
      const words = question.split(' ');
      words[i % words.length] = 'CHANGED';
      return i % 3 === 0 ? `${question} Thanks!` : words.join(' ');
    });
    const items = withIds([...questions, ...edited]);
    const groups = canonicalGroups(nearDuplicateGroups(items));
    expect(groups).toEqual(bruteForceGroups(items));
    expect(groups.length).toBeGreaterThan(30);
  });
});

describe('NearDuplicateIndex', () => {
  it('answers like a brute-force scan of what was added', () => {
    fc.assert(
      fc.property(nearDuplicateTexts(30), fc.constantFrom(0.6, 0.8, 1), (texts, threshold) => {
        const index = new NearDuplicateIndex({ threshold });
        const added: { id: string; text: string }[] = [];
        withIds(texts).forEach((item) => {
          const found = index.findDuplicateOf(item.text);
          const expected = added.filter((other) => isNearDuplicate(other.text, item.text, threshold));
          if (expected.length === 0) expect(found).toBeUndefined();
          else expect(expected.map((other) => other.id)).toContain(found);
          index.add(item.id, item.text);
          added.push(item);
        });
        expect(index.size).toBe(added.length);
      }),
      { numRuns: 300 },
    );
  });

  it('addIfNew keeps the first of each near-duplicate family', () => {
    const index = new NearDuplicateIndex();
    const base = 'Refunds are processed within five business days after we receive the item';
    expect(index.addIfNew('first', base)).toBeUndefined();
    expect(index.addIfNew('copy', `${base.toUpperCase()}!`)).toBe('first');
    expect(index.addIfNew('near', base.replace('five', '5'))).toBeUndefined(); // 3 of 11 shingles differ: Jaccard 8/14
    expect(index.addIfNew('other', 'Shipping is free on orders above fifty euros')).toBeUndefined();
    expect(index.size).toBe(3);
    expect(index.findDuplicateOf(`${base} today`)).toBe('first');
  });

  it('prefers an exact copy and honours shingle size', () => {
    const index = new NearDuplicateIndex({ threshold: 0.5, shingleSize: 1 });
    index.add('near', 'red green blue yellow');
    index.add('exact', 'Red, green, blue!');
    expect(index.findDuplicateOf('red green blue')).toBe('exact');
    expect(index.findDuplicateOf('purple orange')).toBeUndefined();
    expect(jaccard(shingleStrings('red green blue', 1), shingleStrings('red green blue yellow', 1))).toBe(0.75);
  });

  it('gives the same answers whatever the seed', () => {
    const texts = ['one two three four five six', 'one two three four five seven', 'eight nine ten'];
    for (const seed of [0, 1, 12345]) {
      const index = new NearDuplicateIndex({ threshold: 0.6, seed });
      index.add('a', texts[0]);
      expect(index.findDuplicateOf(texts[1])).toBe('a');
      expect(index.findDuplicateOf(texts[2])).toBeUndefined();
    }
  });
});
