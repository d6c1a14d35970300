// A deliberately naive reference for near-duplicate tests: string shingles, Set Jaccard, all pairs.
import fc from 'fast-check';
import { normalizeForDedup } from '../../src/core/text/normalize.js';

export function shingleStrings(text: string, size = 3): Set<string> {
  const normalized = normalizeForDedup(text);
  const words = normalized === '' ? [] : normalized.split(' ');
  if (words.length === 0) return new Set();
  const width = Math.min(size, words.length);
  const shingles = new Set<string>();
  for (let i = 0; i + width <= words.length; i++) shingles.add(words.slice(i, i + width).join(' '));
  return shingles;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const shingle of a) if (b.has(shingle)) shared++;
  return shared / (a.size + b.size - shared);
}

export function isNearDuplicate(a: string, b: string, threshold = 0.8, size = 3): boolean {
  return jaccard(shingleStrings(a, size), shingleStrings(b, size)) >= threshold - 1e-9;
}

/** Connected components (size >= 2) of the near-duplicate relation, as sorted id lists, sorted. */
export function bruteForceGroups(items: { id: string; text: string }[], threshold = 0.8): string[][] {
  const parent = items.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x])));
  const sets = items.map((item) => shingleStrings(item.text));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (jaccard(sets[i], sets[j]) >= threshold - 1e-9) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  items.forEach((item, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), item.id]));
  return canonicalGroups([...groups.values()].filter((group) => group.length >= 2));
}

export function canonicalGroups(groups: string[][]): string[][] {
  return groups.map((group) => [...group].sort()).sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'Lambda', 'MU'];
const DECORATIONS = ['', ',', '.', '!', ' ', '?', ' - ', '...'];

/** Texts from a tiny vocabulary (many shared shingles), each maybe an edited copy of an earlier one. */
export const nearDuplicateTexts = (maxTexts: number) =>
  fc
    .array(
      fc.record({
        words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 24 }),
        copyOf: fc.option(fc.nat(), { nil: undefined }),
        edits: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...WORDS), fc.constantFrom('replace', 'insert', 'delete')), {
          maxLength: 4,
        }),
        decoration: fc.constantFrom(...DECORATIONS),
        upper: fc.boolean(),
      }),
      { maxLength: maxTexts, size: 'max' },
    )
    .map((specs) => {
      const wordLists: string[][] = [];
      return specs.map((spec, index) => {
        let words = spec.copyOf !== undefined && index > 0 ? [...wordLists[spec.copyOf % index]] : spec.words;
        if (spec.copyOf !== undefined && index > 0) {
          for (const [at, word, kind] of spec.edits) {
            const position = words.length === 0 ? 0 : at % words.length;
            if (kind === 'replace' && words.length > 0) words[position] = word;
            else if (kind === 'insert') words.splice(position, 0, word);
            else words.splice(position, 1);
          }
        }
        words = [...words];
        wordLists.push(words);
        const text = words.join(spec.decoration === '' ? ' ' : `${spec.decoration} `);
        return spec.upper ? text.toUpperCase() : text;
      });
    });
