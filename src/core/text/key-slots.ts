// Dense ids 0, 1, 2, ... for numeric keys (53-bit integers in float64s), by open addressing over
// typed arrays: millions of keys without a boxed Map entry each.

const EMPTY = -1;

export class KeySlots {
  private keys: Float64Array;
  private ids: Int32Array;
  private count = 0;

  constructor(expectedKeys = 1024) {
    const capacity = 1 << Math.ceil(Math.log2(Math.max(16, expectedKeys * 2)));
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
  }

  get size(): number {
    return this.count;
  }

  /** The id of `key`, or -1 when it was never added. */
  idOf(key: number): number {
    return this.ids[this.probe(key)];
  }

  /** The id of `key`, adding it (with the next id) when new. */
  idFor(key: number): number {
    if ((this.count + 1) * 2 > this.ids.length) this.grow();
    const slot = this.probe(key);
    if (this.ids[slot] === EMPTY) {
      this.keys[slot] = key;
      this.ids[slot] = this.count++;
    }
    return this.ids[slot];
  }

  private probe(key: number): number {
    const mask = this.ids.length - 1;
    let slot = Math.imul((key >>> 0) ^ Math.floor(key / 0x1_0000_0000), 0x9e3779b1) & mask;
    while (this.ids[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Float64Array(oldKeys.length * 2);
    this.ids = new Int32Array(oldIds.length * 2).fill(EMPTY);
    for (let i = 0; i < oldIds.length; i++) {
      if (oldIds[i] === EMPTY) continue;
      const slot = this.probe(oldKeys[i]);
      this.keys[slot] = oldKeys[i];
      this.ids[slot] = oldIds[i];
    }
  }
}
