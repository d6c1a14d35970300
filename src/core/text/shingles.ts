// Word shingles of a text, each hashed to a 53-bit integer (exact in a float64). A document
// becomes a sorted, duplicate-free Float64Array of shingle keys, the shape every set-similarity
// function in this folder works on. Words are those of normalizeForDedup, found in one pass over
// the text without building the normalized string (several times faster at 100k texts).

import { foldCaseUnlessAscii, isWordBreak } from './normalize.js';

const TWO_POW_32 = 0x1_0000_0000;
const FNV_OFFSET = 0x811c9dc5;
const SECOND_OFFSET = 0x9e3779b9;
const ASCII_BREAK = new Uint8Array(128).map((_, code) => (isWordBreak(code) ? 1 : 0));

// Scratch space for the word hashes of the text being shingled, reused across calls.
let wordHashA = new Uint32Array(1024);
let wordHashB = new Uint32Array(1024);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hashes each word of the text into two independent 32-bit halves; returns the word count. */
function hashWords(text: string, seed: number): number {
  const folded = foldCaseUnlessAscii(text);
  if (wordHashA.length < folded.length + 1) {
    wordHashA = new Uint32Array(folded.length * 2);
    wordHashB = new Uint32Array(folded.length * 2);
  }
  let words = 0;
  let a = FNV_OFFSET ^ seed;
  let b = SECOND_OFFSET ^ seed;
  let inWord = false;
  for (let i = 0; i < folded.length; i++) {
    const code = folded.charCodeAt(i);
    let units = 1;
    let breaks: boolean;
    if (code < 128) breaks = ASCII_BREAK[code] === 1;
    else {
      units = surrogatePairAt(folded, i) ? 2 : 1;
      breaks = isWordBreak(units === 2 ? (folded.codePointAt(i) as number) : code);
    }
    if (!breaks) {
      for (let unit = i; unit < i + units; unit++) {
        let lower = folded.charCodeAt(unit);
        if (lower >= 65 && lower <= 90) lower += 32; // A-Z: the rest was folded before
        a = Math.imul(a ^ lower, 0x01000193);
        b = Math.imul(b ^ lower, 0x5bd1e995);
      }
      inWord = true;
    } else if (inWord) {
      wordHashA[words] = fmix32(a);
      wordHashB[words] = fmix32(b);
      words++;
      a = FNV_OFFSET ^ seed;
      b = SECOND_OFFSET ^ seed;
      inWord = false;
    }
    i += units - 1;
  }
  if (inWord) {
    wordHashA[words] = fmix32(a);
    wordHashB[words] = fmix32(b);
    words++;
  }
  return words;
}

function surrogatePairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Keys of the `size`-word shingles of a text's normalized words, in text order, repeats kept.
 * Text shorter than `size` words is one shingle; text without words has no shingles.
 */
function rawShingleKeys(text: string, size: number, seed = 0): Float64Array {
  const arena = new KeyArena(64);
  appendShingleKeys(arena, text, size, seed);
  return arena.keys.slice(0, arena.length);
}

/** Keys of many texts end to end in one growing array: no allocation per text. */
export class KeyArena {
  keys: Float64Array;
  length = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  reserve(extra: number): void {
    if (this.length + extra <= this.keys.length) return;
    const grown = new Float64Array(Math.max(this.length + extra, this.keys.length * 2));
    grown.set(this.keys.subarray(0, this.length));
    this.keys = grown;
  }
}

/** rawShingleKeys written at the end of `arena`; returns how many keys were written. */
export function appendShingleKeys(arena: KeyArena, text: string, size: number, seed = 0): number {
  const words = hashWords(text, seed);
  if (words === 0) return 0;
  const width = Math.min(size, words);
  const count = words - width + 1;
  arena.reserve(count);
  const keys = arena.keys;
  const offset = arena.length;
  for (let start = 0; start < count; start++) {
    let a = 0x2545f491 ^ seed;
    let b = 0x6a09e667 ^ seed;
    for (let j = start; j < start + width; j++) {
      a = Math.imul(a ^ wordHashA[j], 0xcc9e2d51);
      a = (a << 13) | (a >>> 19);
      b = Math.imul(b ^ wordHashB[j], 0x1b873593);
      b = (b << 15) | (b >>> 17);
    }
    keys[offset + start] = (fmix32(a) >>> 11) * TWO_POW_32 + fmix32(b ^ width);
  }
  arena.length += count;
  return count;
}

/** The shingle set of a text: rawShingleKeys sorted, repeats removed. */
export function shingleKeys(text: string, size: number, seed = 0): Float64Array {
  const keys = rawShingleKeys(text, size, seed).sort();
  return keys.subarray(0, dropRepeats(keys));
}

/** Moves the distinct values of a sorted array to its front, in place; returns how many. */
export function dropRepeats(sorted: Float64Array): number {
  let length = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[length - 1]) sorted[length++] = sorted[i];
  }
  return length;
}
