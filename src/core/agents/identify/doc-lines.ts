// A document's text sections as one stream of classified lines, each able to say where it came from.
// PDF pages are concatenated (an answer may run over a page break) with a blank line between them;
// other sections (slides, speaker notes, sheets) are separated, so an answer never runs into the next.
// PDF layout wraps lines inside a paragraph: a line starting in lower case continues the line before.
// Markdown link reference definitions ("[storage]: https://…") are not shown to a reader: no answer text.
// A wrap right after a slash ("and /" + "usr/local", "and/" + "or") or a word's hyphen ("send-" +
// "prefix") was no space in the text. A line ending well short of the page's measure was not wrapped:
// it ended a paragraph or is a line of code ("set -g prefix C-a" above "unbind C-b").
import type { TextSection } from '../../ingest/types.js';
import { classifyLines, isBreak, looksLikeAsciidoc, type LineKind } from './line-kinds.js';

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
  /** A text line that is only a bold statement: its title (see line-kinds.ts). */
  boldTitle?: string;
}

const PAGE_NUMBER = /^\s*\d{1,4}\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/;

const CONTINUATION = /^\s*\p{Ll}/u;
// Line breakers (UAX #14) may break after a slash with no space there: "and /" + "usr/local".
// A wrap after "either /" + "or" is as possible but far rarer in documents than paths and "and/or".
const BREAK_AFTER_SLASH = /\/$|\p{L}-$/u;
/** A line shorter than this share of the page's longest line ended where its author ended it. */
const FULL_LINE = 0.6;

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
    const measure = isPage ? Math.max(0, ...lines.slice(0, last).map((l) => l.trim().length)) : 0;
    for (let i = 0; i < last; i++) {
      const previous = raw.at(-1);
      const full = i > 0 && lines[i - 1].trim().length >= FULL_LINE * measure;
      const wrapped = isPage && full && previous && previous.text.trim() !== '' && !/:\s*$/.test(previous.text);
      if (wrapped && CONTINUATION.test(lines[i])) {
        const before = previous.text.trimEnd();
        previous.text = `${before}${BREAK_AFTER_SLASH.test(before) ? '' : ' '}${lines[i].trim()}`;
      } else raw.push({ text: lines[i], section: section.location, lineNo: i + 1 });
    }
  });
  const texts = raw.map((r) => r.text);
  const classes = classifyLines(texts, { indentedCode: options.markdown, asciidoc: !options.markdown && looksLikeAsciidoc(texts) });
  // Lines classified blank (whitespace, or pure markup such as <details>) carry no text into answers.
  return raw.map(({ boundary, ...r }, i) => {
    const line = { ...r, ...(boundary ? { kind: 'separator' as const } : classes[i]) };
    const hidden = options.markdown && line.kind === 'text' && LINK_DEFINITION.test(line.text);
    return line.kind === 'blank' || hidden ? { ...line, kind: 'blank' as const, text: '' } : line;
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

/** Index of the last line of a run of answer text from `from`: before `stop` or a heading/separator. */
export function answerRunEnd(lines: readonly DocLine[], from: number, stop: number): number {
  let i = from;
  while (i < stop && !isBreak(lines[i].kind)) i++;
  return i - 1;
}
