// Brings the train count back to its target after the leakage check, when a moved member could
// not be compensated inside its own group. Free samples go first, taken round-robin from the
// groups with the most free samples on the heavy side (least distortion per group), keeping
// every group on both sides where possible. When the heavy side has no free sample left, a whole
// near-duplicate group moves instead (smallest first), if that brings the count closer.
//
// Guarantee: train ends exactly at the target, unless the heavy side holds only near-duplicate
// groups that are all too big to help: then |train − target| ≤ s / 2, s being the smallest of them.

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
    const group = leakageGroupWorthMoving(assignment, heavy, need - freed, leakageGroups, groupSizes.length);
    if (!group) return moved;
    for (const item of group) assignment.moveMember(item, otherSide(heavy));
    moved += group.length;
  }
}

function moveFreeSamples(assignment: Assignment, from: Side, count: number, groupSizes: readonly number[]): number {
  const groups = groupSizes.map((_, g) => g).filter((g) => assignment.freeCountIn(from, g) > 0);
  groups.sort((a, b) => assignment.freeCountIn(from, b) - assignment.freeCountIn(from, a) || a - b);
  const keepsBothSides = (g: number) => groupSizes[g] < 2 || assignment.countIn(from, g) >= 2;
  let moved = 0;
  for (const mayEmptyASide of [false, true]) {
    let progress = true;
    while (moved < count && progress) {
      progress = false;
      for (const g of groups) {
        if (moved === count) break;
        if (assignment.freeCountIn(from, g) === 0 || (!mayEmptyASide && !keepsBothSides(g))) continue;
        assignment.moveFree(g, from);
        moved++;
        progress = true;
      }
    }
  }
  return moved;
}

function leakageGroupWorthMoving(
  assignment: Assignment,
  heavy: Side,
  need: number,
  leakageGroups: readonly number[][],
  groupCount: number,
): readonly number[] | undefined {
  let smallest: readonly number[] | undefined;
  for (const members of leakageGroups) {
    if (assignment.sideOf(members[0]) !== heavy) continue;
    if (!smallest || members.length < smallest.length) smallest = members;
  }
  if (!smallest) return undefined;
  let freeOnLight = 0;
  for (let g = 0; g < groupCount; g++) freeOnLight += assignment.freeCountIn(otherSide(heavy), g);
  const overshoot = smallest.length - need;
  return smallest.length < 2 * need || freeOnLight >= overshoot ? smallest : undefined;
}
