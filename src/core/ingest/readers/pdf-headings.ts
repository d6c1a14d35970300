// Which font sizes of a PDF are headings: the body is the size most of the document's characters are
// set in; a line set at least HEADING_RATIO larger is a heading, the largest size level 1, the next 2…
// A PDF has no heading tags, but authors (and every converter) set titles and FAQ questions larger than
// the text, so the size is the structure the format carries; the detectors then read the "#" lines the
// way they read Markdown and DOCX headings.
import type { PdfTextItem } from './pdf-lines.js';

const HEADING_RATIO = 1.15;
const MAX_LEVEL = 6;

/** Font size of a text item, from its matrix (rotations and scaling included). */
export function itemSize(item: PdfTextItem): number {
  const [, , c, d] = item.transform;
  return Math.hypot(c, d) || item.height || 1;
}

const rounded = (size: number): number => Math.round(size * 2) / 2;

/** Maps a font size to its heading level, or undefined for body text; all pages decide together. */
export function headingLevels(pages: readonly (readonly PdfTextItem[])[]): (size: number) => number | undefined {
  const chars = new Map<number, number>();
  for (const items of pages) {
    for (const item of items) {
      const key = rounded(itemSize(item));
      chars.set(key, (chars.get(key) ?? 0) + item.str.trim().length);
    }
  }
  let body = 0;
  for (const [size, count] of chars) if (count > (chars.get(body) ?? 0)) body = size;
  const larger = [...chars.keys()].filter((size) => size >= body * HEADING_RATIO).sort((a, b) => b - a);
  const levels = new Map(larger.map((size, i) => [size, Math.min(i + 1, MAX_LEVEL)]));
  return (size) => levels.get(rounded(size));
}
