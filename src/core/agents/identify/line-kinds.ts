// Classifies lines into the few block kinds the detectors care about (a tiny Markdown-aware pass):
// headings (ATX and setext, and the HTML/wiki ones of markup-lines.ts), separators, fenced code
// (``` ~~~ and MoinMoin {{{ }}}), YAML front matter, blank lines and text.
// A line that is only a bold question ("**How do I…?**", also numbered, or an HTML <summary>) titles
// its answer the way a heading does in many FAQs, so it counts as a heading one level below Markdown's.
// A bold-only statement stays text but carries its title: only an FAQ's context makes it an entry.
// AsciiDoc (a .txt/.adoc FAQ such as gitfaq): "Question?::" definition terms title their answers like
// <dt> terms; "[[anchor]]" and "+" continuation lines are markup; "----" delimits a listing (code).
// Code lines — inside a fence, or (in Markdown, where indentation means code) indented by a tab or
// 4 spaces after a blank line — are verbatim: their indentation is part of the text. Plain-text
// documents indent prose for layout, so there indentation alone does not make code.
import { classifyMarkupLine, invertedWikiLevels } from './markup-lines.js';

export type LineKind = 'text' | 'blank' | 'heading' | 'underline' | 'separator' | 'fence' | 'code' | 'front-matter';

export interface LineClass {
  kind: LineKind;
  /** Heading level 1-6, or BOLD_QUESTION_LEVEL for a bold question line (headings only). */
  level?: number;
  /** Heading text without its markers (headings only). */
  heading?: string;
  /** The line's text without markup that wraps it (e.g. "<dd>…</dd>"), when it differs. */
  text?: string;
  /** Keep the line's own spacing (code). */
  verbatim?: boolean;
  /** A text line that is only a bold statement ("**I don't see any colour!**"): an FAQ may title entries so. */
  boldTitle?: string;
}

const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const FENCE = /^\s{0,3}(```|~~~|\{\{\{)(?!.*\}\}\})/;
const FENCE_CLOSE: Record<string, RegExp> = { '```': /^\s{0,3}```/, '~~~': /^\s{0,3}~~~/, '{{{': /^\s*\}\}\}/ };
const INDENTED = /^(?: {4}|\t)\s*\S/;
const SETEXT = /^\s{0,3}(=+|-+)\s*$/;
const SEPARATOR = /^\s{0,3}([-*_=])(?:\s*\1){2,}\s*$/;
const BLANK = /^\s*$/;
const BOLD_LINE = /^\s{0,3}(?:\d{1,3}[.)]\s+)?(\*\*|__)(.+?)\1\s*$/;
const SUMMARY_LINE = /^\s*<summary>(.+?)<\/summary>\s*$/i;
export const BOLD_QUESTION_LEVEL = 7;
const ASCIIDOC_TERM = /^(?:\[\[[^\]]+\]\])?(\S.*?)::\s*$/;
const ASCIIDOC_MARKUP = /^(?:\[\[[^\]]+\]\]|\+)\s*$/;
const ASCIIDOC_LISTING = /^-{4}\s*$/;

/** True when a plain-text document is written in AsciiDoc: it has definition-list terms ("Term::"). */
export function looksLikeAsciidoc(lines: readonly string[]): boolean {
  let terms = 0;
  for (const line of lines) if (ASCIIDOC_TERM.test(line) && ++terms >= 2) return true;
  return false;
}

/** The title of a bold-only or <summary> line, else undefined. */
function boldTitle(line: string): string | undefined {
  return (BOLD_LINE.exec(line)?.[2] ?? SUMMARY_LINE.exec(line)?.[1])?.trim();
}

export function classifyLines(lines: readonly string[], options: { indentedCode?: boolean; asciidoc?: boolean } = {}): LineClass[] {
  const out: LineClass[] = [];
  const wikiLevels = invertedWikiLevels(lines);
  let fence: string | null = null;
  let i = 0;
  if (lines.length > 1 && lines[0].trim() === '---') {
    const close = lines.findIndex((l, k) => k > 0 && /^(---|\.\.\.)\s*$/.test(l));
    if (close > 0) for (; i <= close; i++) out.push({ kind: 'front-matter' });
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = FENCE.exec(line);
    if (options.asciidoc && (fence === '----' || !fence) && ASCIIDOC_LISTING.test(line)) {
      fence = fence ? null : '----';
      out.push({ kind: 'fence', text: '' }); // a reader never sees the delimiter, unlike a Markdown fence
      continue;
    }
    if (fence === '----') {
      out.push({ kind: 'code', verbatim: true });
      continue;
    }
    if (fence) {
      const closes = FENCE_CLOSE[fence].test(line);
      if (closes) fence = null;
      out.push(closes ? { kind: 'fence' } : { kind: 'code', verbatim: true });
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      out.push({ kind: 'fence' });
      continue;
    }
    if (BLANK.test(line)) {
      out.push({ kind: 'blank' });
      continue;
    }
    const term = options.asciidoc ? ASCIIDOC_TERM.exec(line) : null;
    if (term || (options.asciidoc && ASCIIDOC_MARKUP.test(line))) {
      out.push(term ? { kind: 'heading', level: BOLD_QUESTION_LEVEL, heading: term[1].trim() } : { kind: 'blank' });
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      out.push({ kind: 'heading', level: atx[1].length, heading: atx[2].trim() });
      continue;
    }
    const markup = classifyMarkupLine(line);
    if (markup) {
      out.push(markup.kind === 'heading' && wikiLevels.has(i) ? { ...markup, level: wikiLevels.get(i) } : markup);
      continue;
    }
    const previous = out[out.length - 1];
    if (options.indentedCode && INDENTED.test(line) && (previous?.kind === 'blank' || previous?.verbatim)) {
      out.push({ kind: 'text', verbatim: true });
      continue;
    }
    const next = lines[i + 1];
    const startsParagraph = i === 0 || BLANK.test(lines[i - 1]);
    const setext = next === undefined ? null : SETEXT.exec(next);
    if (setext && startsParagraph && !SEPARATOR.test(line) && !FENCE.test(line)) {
      out.push({ kind: 'heading', level: setext[1].startsWith('=') ? 1 : 2, heading: line.trim() });
      out.push({ kind: 'underline' });
      i++;
      continue;
    }
    const title = boldTitle(line);
    if (title && /[?？]$/.test(title)) {
      out.push({ kind: 'heading', level: BOLD_QUESTION_LEVEL, heading: title });
      continue;
    }
    if (title && /[\p{L}\p{N}]/u.test(title)) out.push({ kind: 'text', boldTitle: title });
    else out.push({ kind: SEPARATOR.test(line) ? 'separator' : 'text' });
  }
  return out;
}

/** Kinds that end any run of turns or any answer. */
export function isBreak(kind: LineKind): boolean {
  return kind === 'heading' || kind === 'separator' || kind === 'underline';
}
