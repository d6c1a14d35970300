// Lines whose structure is written in HTML or wiki markup rather than Markdown, as real FAQs do:
// <h3 id=…>Question?</h3> and <dt>/<dd> definition lists inside Markdown, MediaWiki/MoinMoin
// "=== Question ===" headings, and markup-only lines (<dl>, MoinMoin "##comments", "#language",
// <<Macros>>) that carry no text. The text of an HTML line is its content without tags.
import { decodeEntities } from '../../ingest/readers/html-to-text.js';

export interface MarkupClass {
  kind: 'heading' | 'text' | 'blank' | 'separator';
  level?: number;
  heading?: string;
  /** The line's text without its wrapping tags (text lines only). */
  text?: string;
}

/** Heading level given to <dt> terms: like a bold question line, below every real heading. */
const TERM_LEVEL = 7;

const HTML_HEADING = /^\s{0,3}<h([1-6])\b[^>]*>(.*?)<\/h\1>\s*$/i;
const TERM = /^\s*<dt\b[^>]*>(.*?)(?:<\/dt>)?\s*$/i;
const DEFINITION = /^(\s*)<dd\b[^>]*>(.*?)(?:<\/dd>)?\s*$/i;
const DEFINITION_END = /^(.*?)<\/dd>\s*$/i;
const WIKI_HEADING = /^(={1,6})[ \t]*([^=].*?)[ \t]*\1[ \t]*$/;
const TAG_ONLY = /^\s*(?:<\/?(?:details|dl|dd|dt|div|section)\b[^>]*>|<a\s+(?:name|id)=[^>]*>\s*<\/a>|<!--.*?-->)+\s*$/i;
const RULE = /^\s*<hr\b[^>]*\/?>\s*$/i;
// MoinMoin processing instructions and comments ("#language en", "##begin") and macros ("<<TableOfContents>>").
const WIKI_ONLY = /^(?:##(?!#)[a-z][\w-]*.*|#(?:language|format|pragma|acl|redirect|refresh)\b.*|<<\w+(?:\(.*\))?>>\s*)$/;

const inlineText = (html: string): string => decodeEntities(html.replace(/<[^>]*>/g, '')).trim();

/**
 * WordPress readmes open with "=== Name ===" and nest by fewer "=" signs; MediaWiki nests by more. When
 * the first wiki heading has the most "=" of the document and fewer follow, levels are turned round:
 * returns each wiki heading's level by line index (empty when the document nests the MediaWiki way).
 */
export function invertedWikiLevels(lines: readonly string[]): Map<number, number> {
  const counts = new Map<number, number>();
  lines.forEach((line, i) => {
    const wiki = WIKI_HEADING.exec(line);
    if (wiki) counts.set(i, wiki[1].length);
  });
  const values = [...counts.values()];
  const most = Math.max(0, ...values);
  if (values.length < 2 || values[0] !== most || Math.min(...values) === most) return new Map();
  return new Map([...counts].map(([i, count]) => [i, most + 1 - count]));
}

export function classifyMarkupLine(line: string): MarkupClass | null {
  const heading = HTML_HEADING.exec(line);
  if (heading) return { kind: 'heading', level: Number(heading[1]), heading: inlineText(heading[2]) };
  const term = TERM.exec(line);
  if (term) return { kind: 'heading', level: TERM_LEVEL, heading: inlineText(term[1]) };
  const definition = DEFINITION.exec(line);
  if (definition) return definition[2].trim() ? { kind: 'text', text: decodeEntities(definition[2]) } : { kind: 'blank' };
  const end = DEFINITION_END.exec(line);
  if (end && !/<dd\b/i.test(line)) return end[1].trim() ? { kind: 'text', text: decodeEntities(end[1]) } : { kind: 'blank' };
  const wiki = WIKI_HEADING.exec(line);
  if (wiki) return { kind: 'heading', level: wiki[1].length, heading: wiki[2].trim() };
  if (TAG_ONLY.test(line) || WIKI_ONLY.test(line)) return { kind: 'blank' };
  if (RULE.test(line)) return { kind: 'separator' };
  return null;
}
