// Whether a document or section presents itself as an FAQ: lowers the bar for numbered entries whose
// titles are statements ("compress() returns Z_BUF_ERROR.") rather than questions.
import type { DocLine } from './doc-lines.js';

export const FAQ_TITLE = /\bFAQs?\b|frequently asked questions|common questions|questions (?:and|&) answers|\bQ\s?&\s?A\b/i;

/** True when one of the document's first lines (its title area) names it an FAQ. */
export function documentIsFaq(lines: readonly DocLine[], titleLines = 12): boolean {
  return lines
    .filter((l) => l.kind !== 'blank' && l.kind !== 'front-matter')
    .slice(0, titleLines)
    .some((l) => FAQ_TITLE.test(l.heading ?? l.text));
}

/** Share of titles that are questions needed before a numbered list is read as an FAQ. */
export function questionShareNeeded(isFaq: boolean): number {
  return isFaq ? 0.25 : 0.5;
}
