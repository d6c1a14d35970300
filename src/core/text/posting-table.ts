// A growing hash multimap from a numeric key to postings of (document, position of the key in
// it, size of its set), for the incremental index. Postings of one key form a linked list
// (newest first) inside one typed array, stored side by side, one cache line per posting.

import { KeySlots } from './key-slots.js';

const STRIDE = 4;
const DOC = 0;
const POSITION = 1;
const SET_SIZE = 2;
const NEXT = 3;

export class PostingTable {
  private readonly slots = new KeySlots();
  private heads = new Int32Array(1024).fill(-1);
  private entries = new Int32Array(1024 * STRIDE);
  private entryCount = 0;

  add(key: number, doc: number, position: number, setSize: number): void {
    const id = this.slots.idFor(key);
    if (id >= this.heads.length) this.heads = grown(this.heads, -1);
    if ((this.entryCount + 1) * STRIDE > this.entries.length) this.entries = grown(this.entries, 0);
    const at = this.entryCount * STRIDE;
    this.entries[at + DOC] = doc;
    this.entries[at + POSITION] = position;
    this.entries[at + SET_SIZE] = setSize;
    this.entries[at + NEXT] = this.heads[id];
    this.heads[id] = this.entryCount++;
  }

  /** First posting for `key` (or -1), newest first; walk with next(), read with docAt() etc. */
  first(key: number): number {
    const id = this.slots.idOf(key);
    return id < 0 ? -1 : this.heads[id];
  }

  next(entry: number): number {
    return this.entries[entry * STRIDE + NEXT];
  }

  docAt(entry: number): number {
    return this.entries[entry * STRIDE + DOC];
  }

  positionAt(entry: number): number {
    return this.entries[entry * STRIDE + POSITION];
  }

  setSizeAt(entry: number): number {
    return this.entries[entry * STRIDE + SET_SIZE];
  }
}

function grown(array: Int32Array<ArrayBuffer>, fillValue: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2).fill(fillValue);
  bigger.set(array);
  return bigger;
}
