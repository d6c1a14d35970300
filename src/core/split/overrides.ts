// Manual decisions from the review screen: move a sample to the other split, or exclude it.

import type { Split } from '../types.js';

/**
 * A new map: `assignments` with `overrides` applied. Overrides for ids that are not in the
 * dataset (e.g. a sample deleted since) are ignored. Overrides are the user's explicit choice and
 * are applied as given, even when they put near duplicates on both sides; use
 * splitNearDuplicateGroups to warn about that.
 */
export function applyOverrides(
  assignments: ReadonlyMap<string, Split>,
  overrides: ReadonlyMap<string, Split>,
): Map<string, Split> {
  const result = new Map<string, Split>(assignments);
  for (const [id, split] of overrides) if (result.has(id)) result.set(id, split);
  return result;
}

/** Near-duplicate groups (from SplitResult) whose members now sit on both train and validation. */
export function splitNearDuplicateGroups(
  assignments: ReadonlyMap<string, Split>,
  nearDuplicateGroups: readonly string[][],
): string[][] {
  return nearDuplicateGroups.filter((group) => {
    const sides = new Set(group.map((id) => assignments.get(id)));
    return sides.has('train') && sides.has('validation');
  });
}
