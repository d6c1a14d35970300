// Reproducible randomness: the same seed always gives the same sequence, on every platform.

export type Random = () => number;

/** Folds any integer seed (negative, or beyond 32 bits) into a 32-bit state. */
function seedToUint32(seed: number): number {
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  return (low ^ Math.imul(high, 0x9e3779b1)) >>> 0;
}

/** mulberry32: a small, fast, well-distributed 32-bit generator; values in [0, 1). */
export function mulberry32(seed: number): Random {
  let state = seedToUint32(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 0x1_0000_0000;
  };
}

/** Fisher-Yates, in place; returns the same array. */
export function shuffleInPlace<T>(array: T[], random: Random): T[] {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = array[i];
    array[i] = array[j];
    array[j] = swap;
  }
  return array;
}
