// Rebuilds lines and paragraphs from pdf.js text items, kept in content-stream order: that is the
// author's reading order (columns stay whole, right-to-left runs stay logical, as pdf.js gives them).
// Given the document's heading sizes (pdf-headings.ts), a line set in one becomes a Markdown heading
// ("## I found a bug!"), a paragraph of its own; a heading wrapped over lines is joined into one.
import { itemSize } from './pdf-headings.js';

export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y] text matrix in page space. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A gap wider than this share of the font size is a word break pdf.js did not mark. */
const WORD_GAP = 0.2;
/** A baseline shift larger than this share of the font size starts a new line. */
const SAME_LINE = 0.5;
/** A line step larger than this multiple of the font size starts a new paragraph. */
const PARAGRAPH_STEP = 1.75;

interface Cursor {
  x: number;
  y: number;
  width: number;
  size: number;
  endsWithSpace: boolean;
}

export function textItemsToText(items: PdfTextItem[], headingLevel: (size: number) => number | undefined = () => undefined): string {
  let out = '';
  let lineStart: { y: number; size: number; level?: number } | undefined;
  let prev: Cursor | undefined;
  let breakPending = false;
  for (const item of items) {
    if (item.str === '') {
      if (item.hasEOL) breakPending = true;
      continue;
    }
    const [, , , , x, y] = item.transform;
    const size = itemSize(item);
    const newLine = !prev || breakPending || Math.abs(y - prev.y) > SAME_LINE * Math.max(size, prev.size);
    const level = newLine ? headingLevel(size) : lineStart?.level;
    let startsHeading = newLine && level !== undefined;
    if (prev && newLine) {
      const step = lineStart ? Math.abs(lineStart.y - y) : 0;
      const paragraph = step > PARAGRAPH_STEP * Math.max(size, lineStart?.size ?? size);
      const headingGoesOn = level !== undefined && level === lineStart?.level && !paragraph;
      const headingEdge = level !== lineStart?.level;
      if (headingGoesOn) startsHeading = false;
      out = out.trimEnd() + (headingGoesOn ? ' ' : paragraph || headingEdge ? '\n\n' : '\n');
    } else if (prev && !prev.endsWithSpace && !/^\s/.test(item.str) && gapBetween(prev, x, item.width) > WORD_GAP * size) {
      out += ' ';
    }
    if (newLine) lineStart = { y, size, level };
    out += (startsHeading ? `${'#'.repeat(level ?? 1)} ` : '') + (newLine ? item.str.trimStart() : item.str);
    prev = { x, y, width: item.width, size, endsWithSpace: /\s$/.test(item.str) };
    breakPending = item.hasEOL;
  }
  return out.trim();
}

/** Distance from the previous run to this one, whichever way the text runs (RTL runs go leftwards). */
function gapBetween(prev: Cursor, x: number, width: number): number {
  return x >= prev.x ? x - (prev.x + prev.width) : prev.x - (x + width);
}
