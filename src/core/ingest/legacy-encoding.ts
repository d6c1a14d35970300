// Which legacy code page a non-UTF-8 text file uses. Our letter scoring knows the Western and
// Cyrillic single-byte pages well (windows-1252, windows-1251, KOI8-R, CP866 — chardet does not know
// CP866 at all); for everything else (Shift_JIS, GBK/GB18030, EUC-KR, Big5, Greek, Hebrew...)
// the maintained chardet detector decides when it is sure enough. iconv-lite decodes in both cases.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { legacyScore } from './legacy-score.js';
import type { TextDecoding } from './types.js';

/** Tried in this order by our scoring; a later code page must score strictly better to win. */
const SCORED_ENCODINGS = ['windows-1252', 'windows-1251', 'koi8-r', 'cp866'] as const;
/** chardet answers that are our scoring's business: the Western and Cyrillic pages it scores. */
const SCORED_FAMILIES = new Set(['ISO-8859-1', 'windows-1252', 'windows-1251', 'KOI8-R']);

/** Latin-script pages: on short Western text chardet often says Czech or Turkish with a clear lead. */
const LATIN_PAGES = new Set(['windows-1250', 'ISO-8859-2', 'windows-1254', 'ISO-8859-9', 'windows-1257']);

/**
 * chardet (confidence 0–100) is trusted when sure (multi-byte answers such as Shift_JIS check byte
 * sequences and reach 100), or for a non-Latin single-byte page that is fairly sure and far ahead of
 * the next: on real Greek text it says 49 with the runner-up at 12, while on CP866 Russian, which it
 * does not know, its best guess is "windows-1253, 16". Latin pages need 50: "Résumé: naïve café" in
 * Latin-1 comes out as windows-1250 with a clear lead.
 */
function trustChardet(sample: Buffer): string | undefined {
  const [best, next] = chardet.analyse(sample);
  if (!best || SCORED_FAMILIES.has(best.name) || !iconv.encodingExists(best.name)) return undefined;
  if (best.confidence >= 50) return best.name;
  const clearLead = best.confidence >= 30 && best.confidence >= 2 * (next?.confidence ?? 0);
  return clearLead && !LATIN_PAGES.has(best.name) ? best.name : undefined;
}

export function detectLegacyEncoding(sample: Buffer): Required<TextDecoding> {
  const detected = trustChardet(sample);
  if (detected) return { encoding: detected, detectedBy: 'chardet' };
  let scored: { encoding: string; score: number } = { encoding: SCORED_ENCODINGS[0], score: -Infinity };
  for (const encoding of SCORED_ENCODINGS) {
    const score = legacyScore(iconv.decode(sample, encoding));
    if (score > scored.score) scored = { encoding, score };
  }
  return { encoding: scored.encoding, detectedBy: 'letter-scoring' };
}
