// A document's text sections as one stream of classified lines, each able to say where it came from.
// Sections are concatenated (an answer may run over a PDF page break) with a blank line between them.
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
}

const PAGE_NUMBER = /^\s*\d{1,4}\s*$/;

export function buildDocLines(sections: readonly TextSection[]): DocLine[] {
  const raw: { text: string; section: string; lineNo: number }[] = [];
  sections.forEach((section, index) => {
    const lines = section.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
    // A lone number closing a page is a page footer, not part of the answer it interrupts.
    const isPage = section.location.startsWith('page') && sections.length > 1;
    let last = lines.length;
    while (last > 0 && lines[last - 1].trim() === '') last--;
    if (isPage && last > 0 && PAGE_NUMBER.test(lines[last - 1])) last--;
    if (index > 0) raw.push({ text: '', section: section.location, lineNo: 0 });
    for (let i = 0; i < last; i++) raw.push({ text: lines[i], section: section.location, lineNo: i + 1 });
  });
  const classes = classifyLines(raw.map((r) => r.text));
  return raw.map((r, i) => ({ ...r, ...classes[i] }));
}

/** "line 12", or "page 3, line 4" when the section has a location. */
export function locationOf(line: DocLine): string {
  const at = `line ${Math.max(line.lineNo, 1)}`;
  return line.section ? `${line.section}, ${at}` : at;
}
