// Markdown headings followed by their answer paragraphs.
// - Inside an FAQ section (a heading such as "FAQ", "Frequently Asked Questions", "Q&A"), every deeper
//   heading with an answer is an entry, also the odd statement heading ("Documenting ... is too much work!"),
//   except a statement sub-heading of a question entry ("#### Use case #1" under "### Is tox supported?"),
//   which is part of that answer.
// - Elsewhere only question headings count, and only where at least two share a heading level: a lone
//   "Why use X?" section title in a specification is not an FAQ. In a document that is an FAQ (title,
//   front matter, file name), statements at such a level count too when they state a problem
//   ("zsh: no matches found") or when most headings of that level are questions (the author titled
//   every entry alike), unless they only head deeper entries (a category). Bold-only statement lines
//   are such titles in a document whose bold lines are mostly questions.
// The answer runs to the next entry, the next heading not deeper than its own, or a separator: a
// deeper sub-heading that is not an entry ("### Example") belongs to it, and so does a bold question
// line inside it. Each entry is one single-exchange sample.
import type { Detection, LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import type { DocLine } from './doc-lines.js';
import { documentIsFaq, FAQ_TITLE, looksLikeProblem } from './faq-context.js';
import { BOLD_QUESTION_LEVEL } from './line-kinds.js';
import { itemNumber } from './numbered-faq.js';
import { isQuestion, normalizeLines, stripEmphasis, stripQuestionLabel } from './normalize.js';

const MIN_QUESTION_HEADINGS = 2;

interface Heading {
  index: number;
  level: number;
  title: string;
  /** A bold statement line (text), which ends an answer only when it is an entry itself. */
  boldLine?: boolean;
}

export const detectHeadingFaq: LineDetector = (lines, context) => {
  const faqDocument = documentIsFaq(lines, context?.file);
  const headings = collectHeadings(lines, faqDocument);
  const inFaq = new Set<number>();
  headings.forEach((h, k) => {
    if (!FAQ_TITLE.test(h.title)) return;
    for (let j = k + 1; j < headings.length && headings[j].level > h.level; j++) {
      const parent = parentOf(headings, j);
      if (!(parent > k && inFaq.has(parent) && isQuestion(headings[parent].title) && !isQuestion(headings[j].title))) inFaq.add(j);
    }
  });
  const questionLevels = new Map<number, number>();
  const levelCounts = new Map<number, number>();
  headings.forEach((h, k) => {
    if (inFaq.has(k)) return;
    levelCounts.set(h.level, (levelCounts.get(h.level) ?? 0) + 1);
    if (isQuestion(h.title)) questionLevels.set(h.level, (questionLevels.get(h.level) ?? 0) + 1);
  });
  const atQuestionLevel = (h: Heading) => (questionLevels.get(h.level) ?? 0) >= MIN_QUESTION_HEADINGS;
  const mostlyQuestions = (h: Heading) => (questionLevels.get(h.level) ?? 0) * 2 >= (levelCounts.get(h.level) ?? 1);
  const statementEntry = (h: Heading) => faqDocument && (looksLikeProblem(h.title) || mostlyQuestions(h));
  const candidate = headings.map((h, k) => inFaq.has(k) || (atQuestionLevel(h) && (isQuestion(h.title) || statementEntry(h))));
  // A statement over deeper entries is their category, not an entry itself.
  headings.forEach((h, k) => {
    if (candidate[k] && !inFaq.has(k) && !isQuestion(h.title) && headsEntries(headings, candidate, k)) candidate[k] = false;
  });
  // A bold question line inside the answer of a real heading entry is part of that answer.
  const entry = candidate.map((c, k) => c && !(headings[k].level === BOLD_QUESTION_LEVEL && parentIsEntry(headings, candidate, k)));

  const out: Detection[] = [];
  headings.forEach((h, k) => {
    if (!entry[k]) return;
    const bodyStart = lines[h.index + 1]?.kind === 'underline' ? h.index + 2 : h.index + 1;
    const end = answerEnd(lines, bodyStart, endOfSection(headings, entry, k, lines.length));
    if (!isQuestion(h.title) && titlesNoAnswer(lines.slice(bodyStart, end + 1))) return;
    const answer = normalizeLines(lines.slice(bodyStart, end + 1));
    const siblings = questionLevels.get(h.level) ?? 0;
    const confidence = inFaq.has(k) ? (isQuestion(h.title) ? 0.9 : 0.7) : isQuestion(h.title) ? 0.6 + 0.05 * Math.min(siblings, 4) : 0.65;
    const detection = pairDetection(h.title, answer, { start: h.index, end, shape: 'heading-faq', confidence });
    if (detection) out.push(detection);
  });
  return out;
};

/**
 * Headings, and in an FAQ document bold-only statement lines where bold question lines title entries:
 * "**I don't see any colour in my terminal! Help!**" among "**How do I…?**" lines.
 */
function collectHeadings(lines: readonly DocLine[], faqDocument: boolean): Heading[] {
  const boldQuestions = lines.filter((l) => l.kind === 'heading' && l.level === BOLD_QUESTION_LEVEL).length;
  const boldTitles = faqDocument && boldQuestions >= MIN_QUESTION_HEADINGS;
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    if (line.kind === 'heading') headings.push({ index, level: line.level ?? 1, title: stripQuestionLabel(stripEmphasis(line.heading ?? '')) });
    else if (boldTitles && line.boldTitle && isTitleLike(line.boldTitle)) headings.push({ index, level: BOLD_QUESTION_LEVEL, title: line.boldTitle, boldLine: true });
  });
  return headings;
}

/** A sentence-like title, not a one-word lead-in ("**Note**") or a label ("**Example:**"). */
function isTitleLike(title: string): boolean {
  return !/[:：]$/.test(title) && (title.split(/\s+/).length >= 3 || /\p{Script=Han}{4}/u.test(title));
}

/** Index of the nearest heading above k that is shallower than it, or -1. */
function parentOf(headings: readonly Heading[], k: number): number {
  for (let j = k - 1; j >= 0; j--) if (headings[j].level < headings[k].level) return j;
  return -1;
}

/** True when a deeper candidate follows heading k inside its section. */
function headsEntries(headings: readonly Heading[], candidate: readonly boolean[], k: number): boolean {
  for (let j = k + 1; j < headings.length && headings[j].level > headings[k].level; j++) if (candidate[j]) return true;
  return false;
}

/** True when the nearest real heading (level 1-6) before heading k is itself an entry. */
function parentIsEntry(headings: readonly Heading[], entry: readonly boolean[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (headings[j].level < BOLD_QUESTION_LEVEL) return entry[j];
  return false;
}

/**
 * Where entry k's answer must stop: at the next heading that is an entry or is not deeper than k.
 * Deeper sub-headings that are not entries ("### Example") belong to the answer.
 */
function endOfSection(headings: readonly Heading[], entry: readonly boolean[], k: number, total: number): number {
  for (let j = k + 1; j < headings.length; j++) {
    if (entry[j] || (headings[j].level <= headings[k].level && !headings[j].boldLine)) return headings[j].index;
  }
  return total;
}

const TOC_LINE = /(?:\s?\.){3,}\s*\d+\s*$/;

/**
 * A statement heading over nothing but table rows ("cell | cell") titles a table, and one over mostly
 * table-of-contents lines ("1.2 What is gnuplot? . . . . 4") titles the contents: neither is an answer.
 */
function titlesNoAnswer(body: readonly DocLine[]): boolean {
  const text = body.map((l) => l.text.trim()).filter(Boolean);
  if (text.length === 0) return false;
  return text.every((t) => t.includes(' | ')) || text.filter((t) => TOC_LINE.test(t)).length * 2 >= text.length;
}

/**
 * Index of the answer's last line: before `stop` (the next entry or section) or a separator — or, for
 * a numbered bold title ("6. **How…?**"), before the next item of its list, whose title may be plain.
 */
function answerEnd(lines: readonly DocLine[], bodyStart: number, stop: number): number {
  const number = itemNumber(lines[bodyStart - 1]?.text ?? '');
  let i = bodyStart;
  const ends = (line: DocLine) => line.kind === 'separator' || (number !== null && itemNumber(line.text) === number + 1);
  while (i < stop && !ends(lines[i])) i++;
  return i - 1;
}
