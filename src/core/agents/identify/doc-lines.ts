// A document's text sections as one stream of classified lines, each able to say where it came from.
// PDF pages are concatenated (an answer may run over a page break) with a blank line between them;
// other sections (slides, speaker notes, sheets) are separated, so an answer never runs into the next.
// PDF layout wraps lines inside a paragraph: a line starting in lower case continues the line before.
import type { TextSection } from '../../ingest/types.js';
import { classifyLines, type LineKind } from './line-kinds.js';

export interface DocLine {
  text: string;
  kind: LineKind;
  level?: number;
  heading?: string;
  /** Section location ("" for a plain file, "page 3", "slide 2"...). */
  section: string;
  /** 1-based line number inside its section; 0 for the synthetic line between sections. */
  lineNo: number;
  /** A code line: its spacing is kept in answers. */
  verbatim?: boolean;
}

const PAGE_NUMBER = /^\s*\d{1,4}\s*$/;

const CONTINUATION = /^\s*\p{Ll}/u;

export function buildDocLines(sections: readonly TextSection[], options: { markdown?: boolean } = {}): DocLine[] {
  const raw: { text: string; section: string; lineNo: number; boundary?: boolean }[] = [];
  sections.forEach((section, index) => {
    const lines = section.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
    const isPage = isPdfPage(section);
    let last = lines.length;
    while (last > 0 && lines[last - 1].trim() === '') last--;
    // A lone number closing a page is a page footer, not part of the answer it interrupts.
    if (isPage && sections.length > 1 && last > 0 && PAGE_NUMBER.test(lines[last - 1])) last--;
    if (index > 0) raw.push({ text: '', section: section.location, lineNo: 0, boundary: !isPage });
    for (let i = 0; i < last; i++) {
      const previous = raw.at(-1);
      const wrapped = isPage && i > 0 && previous && previous.text.trim() !== '' && !/:\s*$/.test(previous.text);
      if (wrapped && CONTINUATION.test(lines[i])) previous.text = `${previous.text.trimEnd()} ${lines[i].trim()}`;
      else raw.push({ text: lines[i], section: section.location, lineNo: i + 1 });
    }
  });
  const classes = classifyLines(raw.map((r) => r.text), { indentedCode: options.markdown });
  // Lines classified blank (whitespace, or pure markup such as <details>) carry no text into answers.
  return raw.map(({ boundary, ...r }, i) => {
    const line = { ...r, ...(boundary ? { kind: 'separator' as const } : classes[i]) };
    return line.kind === 'blank' ? { ...line, text: '' } : line;
  });
}

function isPdfPage(section: TextSection): boolean {
  return /^page \d+$/.test(section.location);
}

/** "line 12", or "page 3, line 4" when the section has a location. */
export function locationOf(line: DocLine): string {
  const at = `line ${Math.max(line.lineNo, 1)}`;
  return line.section ? `${line.section}, ${at}` : at;
}
