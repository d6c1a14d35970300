// Brings the train count back to its target after the leakage check, when a moved member could
// not be compensated inside its own group. Free samples go first, taken round-robin from the
// groups with the most free samples on the heavy side (least distortion per group), never the
// last sample of a group on that side (representation comes first, see quotas.ts). When no free
// sample can move, a whole near-duplicate group moves instead (smallest first), if that brings the
// count closer.
//
// Guarantee: train ends exactly at the target, unless no free sample on the heavy side can move
// and the near-duplicate groups there are all too big to help: then |train − target| ≤ s / 2,
// s being the smallest of them (or the count stays where it is when there is none).

import { type Assignment, otherSide, type Side, TRAIN, VALIDATION } from './assignment.js';

export function balanceToTarget(
  assignment: Assignment,
  target: number,
  groupSizes: readonly number[],
  leakageGroups: readonly number[][],
): number {
  let moved = 0;
  for (;;) {
    const excess = assignment.totals[TRAIN] - target;
    if (excess === 0) return moved;
    const heavy: Side = excess > 0 ? TRAIN : VALIDATION;
    const need = Math.abs(excess);
    const freed = moveFreeSamples(assignment, heavy, need, groupSizes);
    moved += freed;
    if (freed === need) return moved;
    const group = leakageGroupWorthMoving(assignment, heavy, need - freed, leakageGroups, groupSizes);
    if (!group) return moved;
    for (const item of group) assignment.moveMember(item, otherSide(heavy));
    moved += group.length;
  }
}

function moveFreeSamples(assignment: Assignment, from: Side, count: number, groupSizes: readonly number[]): number {
  const groups = groupSizes.map((_, g) => g).filter((g) => assignment.freeCountIn(from, g) > 0);
  groups.sort((a, b) => assignment.freeCountIn(from, b) - assignment.freeCountIn(from, a) || a - b);
  let moved = 0;
  let progress = true;
  while (moved < count && progress) {
    progress = false;
    for (const g of groups) {
      if (moved === count) break;
      if (movableFree(assignment, from, g, groupSizes[g]) === 0) continue;
      assignment.moveFree(g, from);
      moved++;
      progress = true;
    }
  }
  return moved;
}

/** Free samples of group g that may leave `side` without emptying it (groups of 2+ keep one). */
function movableFree(assignment: Assignment, side: Side, g: number, groupSize: number): number {
  const free = assignment.freeCountIn(side, g);
  return groupSize < 2 ? free : Math.min(free, assignment.countIn(side, g) - 1);
}

function leakageGroupWorthMoving(
  assignment: Assignment,
  heavy: Side,
  need: number,
  leakageGroups: readonly number[][],
  groupSizes: readonly number[],
): readonly number[] | undefined {
  let smallest: readonly number[] | undefined;
  for (const members of leakageGroups) {
    if (assignment.sideOf(members[0]) !== heavy) continue;
    if (!smallest || members.length < smallest.length) smallest = members;
  }
  if (!smallest) return undefined;
  let freeOnLight = 0;
  for (let g = 0; g < groupSizes.length; g++) freeOnLight += movableFree(assignment, otherSide(heavy), g, groupSizes[g]);
  const overshoot = smallest.length - need;
  return smallest.length < 2 * need || freeOnLight >= overshoot ? smallest : undefined;
}
