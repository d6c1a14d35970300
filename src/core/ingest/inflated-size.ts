// How many bytes raw deflate data inflates to, counted in 64 KiB pieces and thrown away (fflate's
// streaming inflater: constant memory), stopping as soon as the count passes a ceiling. Used by the
// guards that run before a parser inflates a PDF stream or an Office part whole.
import { Inflate } from 'fflate';

const CHUNK = 64 * 1024;

class CeilingPassed extends Error {}

/**
 * The inflated size of `raw` (raw deflate, no zlib header), or `undefined` once it passes `ceiling`.
 * Damaged data counts what inflated before the damage: the parser decides what to do with it.
 */
export function inflatedSize(raw: Uint8Array, ceiling: number): number | undefined {
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > ceiling) throw new CeilingPassed();
  });
  try {
    for (let i = 0; i < raw.length; i += CHUNK) inflater.push(raw.subarray(i, i + CHUNK), false);
  } catch (error) {
    if (error instanceof CeilingPassed) return undefined;
  }
  return size;
}
