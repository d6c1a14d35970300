// Issue 18 acceptance: for any groups and any ratio in (0.05, 0.95), a weighted split keeps every
// group of 2+ samples on both sides and the train count within one sample per group of ratio × total.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type SplitItem, splitSamples } from '../../src/core/split/split.js';

/** Groups of the given sizes; every text distinct (no near duplicates to pull samples together). */
function itemsOf(sizes: readonly number[], by: 'source' | 'keywords'): SplitItem[] {
  return sizes.flatMap((size, g) =>
    Array.from({ length: size }, (_, i) => ({
      id: `g${g}-${i}`,
      text: `distinct text ${g} ${i} number ${g * 1000 + i}`,
      source: by === 'source' ? `file-${g}.pdf` : 'one.pdf',
      keywords: by === 'keywords' ? [`topic-${g}`] : [],
    })),
  );
}

const groupSizes = fc.array(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 60 })), { minLength: 1, maxLength: 25 });
const ratios = fc.double({ min: 0.05, max: 0.95, noNaN: true, minExcluded: true, maxExcluded: true });

describe('weighted split: representation before the exact ratio (issue 18)', () => {
  it.each(['source', 'keywords'] as const)('weighted by %s: every group of 2+ on both sides, train within one per group of ratio × total', (by) => {
    fc.assert(
      fc.property(groupSizes, ratios, fc.integer(), (sizes, ratio, seed) => {
        const items = itemsOf(sizes, by);
        const { assignments, report } = splitSamples(items, { ratio, strategy: 'weighted', weightBy: by, seed });
        sizes.forEach((size, g) => {
          const sides = items.filter((item) => item.id.startsWith(`g${g}-`)).map((item) => assignments.get(item.id));
          const train = sides.filter((side) => side === 'train').length;
          if (size >= 2) {
            expect(train, `group ${g} of ${size}`).toBeGreaterThanOrEqual(1);
            expect(size - train, `group ${g} of ${size}`).toBeGreaterThanOrEqual(1);
          }
        });
        const train = [...assignments.values()].filter((side) => side === 'train').length;
        expect(Math.abs(train - ratio * items.length)).toBeLessThanOrEqual(sizes.length);
        expect(report.oneSidedGroups).toEqual([]);
        expect(report.smallGroups).toHaveLength(sizes.filter((size) => size === 1).length);
      }),
      { numRuns: 400 },
    );
  });
});
