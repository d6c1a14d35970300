// Text normalization shared by every duplicate check (split leakage, agent dedup).
// A word is a maximal run of characters that are not punctuation, symbols or whitespace,
// after NFKC (full-width letters, ligatures and compatibility forms compare equal) and lowercasing.

const WORD_BREAKS = /[\p{P}\p{S}\s]+/gu;
const SINGLE_WORD_BREAK = /^[\p{P}\p{S}\s]$/u;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Lowercase, punctuation and symbols become a space (so "end.Start" stays two words), collapse whitespace. */
export function normalizeForDedup(text: string): string {
  return foldCase(text).replace(WORD_BREAKS, ' ').trim();
}

/** NFKC (skipped for ASCII, where it changes nothing) and lowercase. */
function foldCase(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase();
}

/**
 * foldCase for non-ASCII text only: ASCII text comes back unchanged, for callers that lowercase
 * A-Z themselves (saves copying every text at 100k samples).
 */
export function foldCaseUnlessAscii(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKC').toLowerCase() : text;
}

const asciiBreaks = new Uint8Array(128).map((_, code) => (SINGLE_WORD_BREAK.test(String.fromCharCode(code)) ? 1 : 0));
/** Per BMP code unit: 0 unknown, 1 breaks words, 2 part of a word. */
const bmpBreaks = new Uint8Array(0x10000);

/** Whether a code point separates words; the fast path of normalizeForDedup for the hashers. */
export function isWordBreak(codePoint: number): boolean {
  if (codePoint < 128) return asciiBreaks[codePoint] === 1;
  if (codePoint > 0xffff) return SINGLE_WORD_BREAK.test(String.fromCodePoint(codePoint));
  if (bmpBreaks[codePoint] === 0) {
    bmpBreaks[codePoint] = SINGLE_WORD_BREAK.test(String.fromCharCode(codePoint)) ? 1 : 2;
  }
  return bmpBreaks[codePoint] === 1;
}
