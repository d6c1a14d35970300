// Which legacy code page a non-UTF-8 text file uses. Our letter scoring knows the Western and
// Cyrillic single-byte pages well (windows-1252, windows-1251, KOI8-R, CP866 — chardet does not know
// CP866 at all); for everything else (Shift_JIS, GBK/GB18030, EUC-KR, Big5, Greek, Hebrew...) the
// maintained chardet detector decides. iconv-lite decodes in both cases.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { legacyScore } from './legacy-score.js';
import type { TextDecoding } from './types.js';

/** Tried in this order by our scoring; a later code page must score strictly better to win. */
const SCORED_ENCODINGS = ['windows-1252', 'windows-1251', 'koi8-r', 'cp866'] as const;
/** chardet answers that are our scoring's business: Western and Cyrillic single-byte pages. */
const SCORED_FAMILIES = new Set(['ISO-8859-1', 'windows-1252', 'ISO-8859-5', 'windows-1251', 'KOI8-R']);
/**
 * Below this confidence (0–100) chardet's single-byte guesses are noise: on CP866 Russian it says
 * "windows-1253, 16". Its multi-byte answers check byte sequences and are reliable above it too.
 */
const MIN_CONFIDENCE = 50;

export function detectLegacyEncoding(sample: Buffer): Required<TextDecoding> {
  const best = chardet.analyse(sample)[0];
  if (best && best.confidence >= MIN_CONFIDENCE && !SCORED_FAMILIES.has(best.name) && iconv.encodingExists(best.name)) {
    return { encoding: best.name, detectedBy: 'chardet' };
  }
  let scored: { encoding: string; score: number } = { encoding: SCORED_ENCODINGS[0], score: -Infinity };
  for (const encoding of SCORED_ENCODINGS) {
    const score = legacyScore(iconv.decode(sample, encoding));
    if (score > scored.score) scored = { encoding, score };
  }
  return { encoding: scored.encoding, detectedBy: 'letter-scoring' };
}
