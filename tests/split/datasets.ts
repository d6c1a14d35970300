// Random datasets for split property tests.
import fc from 'fast-check';
import type { SplitItem } from '../../src/core/split/split.js';
import { nearDuplicateTexts } from '../text/dedup-oracle.js';

const SOURCES = ['faq.pdf', 'faq.pdf', 'faq.pdf', 'manual.docx', 'manual.docx', 'sheet.xlsx', 'notes.md', 'chat.txt', ''];
const KEYWORDS = ['billing', 'Billing ', 'shipping', 'returns', 'returns', 'account', ' '];

const metadata = fc.record({
  source: fc.constantFrom(...SOURCES),
  keywords: fc.array(fc.constantFrom(...KEYWORDS), { maxLength: 3 }),
});

function build(ids: string[], texts: string[], meta: { source: string; keywords: string[] }[]): SplitItem[] {
  return ids.map((id, i) => ({ id, text: texts[i], ...meta[i % meta.length] }));
}

const ids = (maxItems: number) =>
  fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: maxItems, size: 'max' });

/** Every text distinct from every other (pairwise Jaccard 0): no near-duplicate groups. */
export const distinctDatasets = (maxItems: number) =>
  fc
    .tuple(ids(maxItems), fc.array(metadata, { minLength: 1, maxLength: 40 }))
    .map(([idList, meta]) => build(idList, idList.map((_, i) => `text ${i} number ${i}`), meta));

/** Texts from a tiny vocabulary, many of them edited copies of each other. */
export const nearDuplicateDatasets = (maxItems: number) =>
  fc
    .tuple(ids(maxItems), nearDuplicateTexts(maxItems), fc.array(metadata, { minLength: 1, maxLength: 40 }))
    .map(([idList, texts, meta]) => build(idList, idList.map((_, i) => texts[i] ?? `text ${i} number ${i}`), meta));

/** Mostly distinct texts with a few near-duplicate groups. */
export const fewNearDuplicateDatasets = (maxItems: number) =>
  fc
    .tuple(ids(maxItems), nearDuplicateTexts(12), fc.array(metadata, { minLength: 1, maxLength: 40 }))
    .map(([idList, texts, meta]) =>
      build(idList, idList.map((_, i) => (i % 5 === 0 ? (texts[i / 5] ?? '') : `text ${i} number ${i}`)), meta),
    );

export const splitOptions = fc.record({
  ratio: fc.oneof(fc.constantFrom(0.9, 0.8, 0.7, 0.5), fc.double({ min: 0.01, max: 0.99, noNaN: true })),
  strategy: fc.constantFrom('random' as const, 'weighted' as const),
  weightBy: fc.constantFrom('source' as const, 'keywords' as const),
  seed: fc.integer(),
});

export function shuffled<T>(array: readonly T[], seed: number): T[] {
  const copy = [...array];
  let state = seed >>> 0;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
