// The mutable train/validation state of one split run, with per-group counts and, per group and
// side, a stack of "free" samples (in no near-duplicate group) that may be moved one by one.

export const TRAIN = 0;
export const VALIDATION = 1;
export type Side = typeof TRAIN | typeof VALIDATION;

export const otherSide = (side: Side): Side => (side === TRAIN ? VALIDATION : TRAIN);

export class Assignment {
  private readonly sides: Uint8Array;
  /** Samples per side in total, indexed by Side. */
  readonly totals: [number, number] = [0, 0];
  private readonly perGroup: [Int32Array, Int32Array];
  private readonly freeStacks: [number[][], number[][]];

  constructor(
    readonly groupOf: Int32Array,
    groupCount: number,
    private readonly isFree: (item: number) => boolean,
  ) {
    this.sides = new Uint8Array(groupOf.length);
    this.perGroup = [new Int32Array(groupCount), new Int32Array(groupCount)];
    this.freeStacks = [
      Array.from({ length: groupCount }, () => []),
      Array.from({ length: groupCount }, () => []),
    ];
  }

  /** First placement of every item, in an order that is already random within each group. */
  place(item: number, side: Side): void {
    this.sides[item] = side;
    this.totals[side]++;
    this.perGroup[side][this.groupOf[item]]++;
    if (this.isFree(item)) this.freeStacks[side][this.groupOf[item]].push(item);
  }

  sideOf(item: number): Side {
    return this.sides[item] as Side;
  }

  countIn(side: Side, group: number): number {
    return this.perGroup[side][group];
  }

  freeCountIn(side: Side, group: number): number {
    return this.freeStacks[side][group].length;
  }

  /** Moves a sample that belongs to a near-duplicate group (never on a free stack). */
  moveMember(item: number, to: Side): void {
    this.changeCounts(item, to);
  }

  /** Moves one free sample of `group` from `from` to the other side; false when there is none. */
  moveFree(group: number, from: Side): boolean {
    const item = this.freeStacks[from][group].pop();
    if (item === undefined) return false;
    this.changeCounts(item, otherSide(from));
    this.freeStacks[otherSide(from)][group].push(item);
    return true;
  }

  private changeCounts(item: number, to: Side): void {
    const from = this.sideOf(item);
    if (from === to) return;
    const group = this.groupOf[item];
    this.totals[from]--;
    this.perGroup[from][group]--;
    this.totals[to]++;
    this.perGroup[to][group]++;
    this.sides[item] = to;
  }
}
