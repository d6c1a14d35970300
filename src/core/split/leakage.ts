// Leakage check: near-duplicate samples must not straddle the split, or validation would
// measure memorisation. Each near-duplicate group joins the side most of its members already
// have (a coin flip on ties); every member moved is compensated, when possible, by moving a free
// sample of the same weighting group the other way, so per-group counts and the ratio hold.

import { type Assignment, type Side, TRAIN, VALIDATION } from './assignment.js';
import type { Random } from './seeded-random.js';

export interface LeakageMoves {
  /** Samples moved to join their near-duplicate group. */
  moved: number;
  /** Free samples moved back the other way to compensate. */
  compensated: number;
}

export function keepNearDuplicatesTogether(
  assignment: Assignment,
  leakageGroups: readonly number[][],
  random: Random,
): LeakageMoves {
  const moves: LeakageMoves = { moved: 0, compensated: 0 };
  for (const members of leakageGroups) {
    const inTrain = members.filter((item) => assignment.sideOf(item) === TRAIN).length;
    const inValidation = members.length - inTrain;
    if (inTrain === 0 || inValidation === 0) continue;
    const keep: Side =
      inTrain > inValidation ? TRAIN : inValidation > inTrain ? VALIDATION : random() < 0.5 ? TRAIN : VALIDATION;
    for (const item of members) {
      if (assignment.sideOf(item) === keep) continue;
      assignment.moveMember(item, keep);
      moves.moved++;
      if (assignment.moveFree(assignment.groupOf[item], keep)) moves.compensated++;
    }
  }
  return moves;
}
