import { describe, expect, it } from 'vitest';
import { extractKeywords } from '../../src/core/agents/keywords.js';

describe('extractKeywords (TF-IDF)', () => {
  const texts = [
    'How do I reset my thermostat? Hold the reset button on the thermostat for ten seconds.',
    'How do I pair the thermostat with my phone? Open the app and choose pairing mode.',
    'What does the warranty cover? The warranty covers parts and labour for two years.',
  ];

  it('ranks terms that are frequent here and rare elsewhere first, after the shared topic term, without stopwords', () => {
    const [reset, pair, warranty] = extractKeywords(texts);
    expect(reset.slice(0, 2)).toEqual(['thermostat', 'reset']);
    expect(pair.slice(0, 2)).toEqual(['thermostat', 'pair']);
    expect(warranty[0]).toBe('warranty');
    for (const list of [reset, pair, warranty]) {
      expect(list).not.toContain('the');
      expect(list).not.toContain('how');
      expect(list.length).toBeLessThanOrEqual(5);
    }
    // Apart from the topic, "reset" (only here) outranks words shared with other texts.
    expect(reset.indexOf('reset')).toBeLessThan(reset.indexOf('button'));
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

describe('topic keyword', () => {
  it('is a term shared with other samples, so topics form groups', () => {
    const texts = [
      'How do I mount the thermostat on a brick wall? Use the masonry plugs.',
      'Which wires does the thermostat need? A C-wire is required.',
      'Can the thermostat run on batteries? No, it needs mains power.',
      'Where is my invoice for March? Invoices are in the billing portal.',
      'Why was my invoice charged twice? Duplicate charges are refunded.',
      'Can I download an invoice as PDF? Yes, from the billing page.',
    ];
    const topics = extractKeywords(texts).map((k) => k[0]);
    expect(topics.slice(0, 3)).toEqual(['thermostat', 'thermostat', 'thermostat']);
    expect(topics.slice(3)).toEqual(['invoice', 'invoice', 'invoice']);
  });
});
