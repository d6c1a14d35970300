import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/core/agents/keywords.js';

describe('extractKeywords (TF-IDF)', () => {
  const texts = [
    'How do I reset my thermostat? Hold the reset button on the thermostat for ten seconds.',
    'How do I pair the thermostat with my phone? Open the app and choose pairing mode.',
    'What does the warranty cover? The warranty covers parts and labour for two years.',
  ];

  it('ranks terms that are frequent here and rare elsewhere first, without stopwords', () => {
    const [reset, pair, warranty] = extractKeywords(texts);
    expect(reset[0]).toBe('reset');
    expect(warranty[0]).toBe('warranty');
    expect(pair[0]).toBe('pair');
    expect(pair).not.toContain('thermostat');
    for (const list of [reset, pair, warranty]) {
      expect(list).not.toContain('the');
      expect(list).not.toContain('how');
      expect(list.length).toBeLessThanOrEqual(5);
    }
    // "thermostat" appears in two of the three texts, so it ranks below "reset" in the first.
    expect(reset.indexOf('thermostat')).toBeGreaterThan(reset.indexOf('reset'));
  });

  it('honours perText, returns one list per text and is deterministic', () => {
    const once = extractKeywords(texts, 2);
    expect(once.map((l) => l.length)).toEqual([2, 2, 2]);
    expect(extractKeywords(texts, 2)).toEqual(once);
    expect(extractKeywords([...texts, ''], 3)[3]).toEqual([]);
    expect(extractKeywords([])).toEqual([]);
  });

  it('breaks score ties by first appearance and folds possessives', () => {
    const [keywords] = extractKeywords(["Zebra apple mango. Mango's zebra apple."], 3);
    expect(keywords).toEqual(['zebra', 'apple', 'mango']);
  });

  it('handles non-English letters', () => {
    const [keywords] = extractKeywords(['Café naïve résumé café'], 2);
    expect(keywords).toEqual(['café', 'naïve']);
  });
});
