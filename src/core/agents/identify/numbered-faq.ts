// Numbered FAQ items: " 1. Is zlib Y2K-compliant?" (title, possibly wrapped over a few lines), a blank
// line, then the answer (usually indented) up to the next item. A run of consecutively numbered items
// is read as an FAQ when enough titles are questions; then statement titles count too ("4. compress()
// returns Z_BUF_ERROR."). Numbered rules or action lists without question titles yield nothing, and
// so do lists of questions where most items have no answer.
import type { Detection, LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import type { DocLine } from './doc-lines.js';
import { documentIsFaq, questionShareNeeded, underFaqHeading } from './faq-context.js';
import { BOLD_QUESTION_LEVEL, isBreak } from './line-kinds.js';
import { isQuestion, normalizeLines, stripEmphasis } from './normalize.js';

const ITEM = /^( {0,3})(\d{1,3})[.)]\s+(\S.*)$/;

/** The number of a numbered-list item line ("12. Title"), or null. */
export function itemNumber(text: string): number | null {
  const match = ITEM.exec(text);
  return match ? Number(match[2]) : null;
}
const BOLD_TITLE = /^(\*\*|__)(.+?)\1\s*$/;

/** "3. **How do I…?**" is classified as a bold-question heading; inside a numbered list it is an item. */
const isItemHeading = (line: DocLine): boolean => line.kind === 'heading' && line.level === BOLD_QUESTION_LEVEL && ITEM.test(line.text);
const MAX_TITLE_LINES = 4;

interface Item {
  number: number;
  start: number;
  title: string;
  titleEnd: number;
}

export const detectNumberedFaq: LineDetector = (lines, context) => {
  const faqDocument = documentIsFaq(lines, context?.file);
  const out: Detection[] = [];
  for (const group of groupItems(lines, findItems(lines))) {
    const share = group.filter((item) => isQuestion(item.title)).length / group.length;
    // Under an "FAQ" heading every numbered title is an entry, statements included.
    const needed = underFaqHeading(lines, group[0].start) ? 0 : questionShareNeeded(faqDocument);
    if (group.length < 2 || share < needed) continue;
    const found = group.flatMap((item, k) => {
      const next = group[k + 1];
      const end = next ? bodyEndBefore(lines, item.titleEnd + 1, next.start) : lastBodyEnd(lines, item.titleEnd + 1);
      const answer = normalizeLines(lines.slice(item.titleEnd + 1, end + 1));
      const confidence = isQuestion(item.title) ? 0.85 : 0.6;
      return pairDetection(item.title, answer, { start: item.start, end, shape: 'numbered-faq', confidence }) ?? [];
    });
    // A list of questions where most items have no answer is a questionnaire, not an FAQ.
    if (found.length * 2 >= group.length) out.push(...found);
  }
  return out;
};

function findItems(lines: readonly DocLine[]): Item[] {
  const items: Item[] = [];
  lines.forEach((line, start) => {
    const match = line.kind === 'text' || isItemHeading(line) ? ITEM.exec(line.text) : null;
    if (!match) return;
    const titleLines = [match[3]];
    let titleEnd = start;
    // A title in bold is complete on its line; a plain one may wrap over a few lines.
    while (
      !BOLD_TITLE.test(match[3]) &&
      titleLines.length < MAX_TITLE_LINES &&
      !/[?？]\s*$/.test(titleLines[titleLines.length - 1]) &&
      lines[titleEnd + 1]?.kind === 'text' &&
      !ITEM.test(lines[titleEnd + 1].text)
    ) {
      titleLines.push(lines[++titleEnd].text);
    }
    items.push({ number: Number(match[2]), start, title: stripEmphasis(normalizeLines(titleLines)), titleEnd });
  });
  return items;
}

/** Runs of items numbered n, n+1, ... (or all "1." as Markdown allows) with no heading between them. */
function groupItems(lines: readonly DocLine[], items: Item[]): Item[][] {
  const groups: Item[][] = [];
  let group: Item[] = [];
  for (const item of items) {
    const previous = group[group.length - 1];
    const follows =
      previous &&
      (item.number === previous.number + 1 || item.number === previous.number) &&
      !lines.slice(previous.start + 1, item.start).some((l) => isBreak(l.kind) && !isItemHeading(l));
    if (!follows && group.length > 0) {
      groups.push(group);
      group = [];
    }
    group.push(item);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

function bodyEndBefore(lines: readonly DocLine[], from: number, nextStart: number): number {
  let i = from;
  while (i < nextStart && !isBreak(lines[i].kind)) i++;
  return i - 1;
}

/** The last item's answer: its indented block, or its first paragraph when answers are not indented. */
function lastBodyEnd(lines: readonly DocLine[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i].kind === 'blank') i++;
  const indented = i < lines.length && /^\s{2,}\S/.test(lines[i].text);
  let end = i - 1;
  for (; i < lines.length && !isBreak(lines[i].kind); i++) {
    const line = lines[i];
    if (line.kind === 'blank') {
      if (!indented) break;
      continue;
    }
    if (indented && !/^\s{2,}\S/.test(line.text) && line.kind !== 'code') break;
    end = i;
  }
  return end;
}
