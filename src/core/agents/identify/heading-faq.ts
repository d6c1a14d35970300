// Markdown headings followed by their answer paragraphs.
// - Inside an FAQ section (a heading such as "FAQ", "Frequently Asked Questions", "Q&A"), every deeper
//   heading with an answer is an entry, also the odd statement heading ("Documenting ... is too much work!").
// - Elsewhere only question headings count, and only where at least two share a heading level: a lone
//   "Why use X?" section title in a specification is not an FAQ.
// The answer runs to the next heading or separator. Each entry is one single-exchange sample.
import type { Detection, LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import type { DocLine } from './doc-lines.js';
import { FAQ_TITLE } from './faq-context.js';
import { isBreak } from './line-kinds.js';
import { isQuestion, normalizeLines, stripEmphasis, stripQuestionLabel } from './normalize.js';

const MIN_QUESTION_HEADINGS = 2;

interface Heading {
  index: number;
  level: number;
  title: string;
}

export const detectHeadingFaq: LineDetector = (lines) => {
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    if (line.kind === 'heading') {
      headings.push({ index, level: line.level ?? 1, title: stripQuestionLabel(stripEmphasis(line.heading ?? '')) });
    }
  });
  const inFaq = new Set<number>();
  headings.forEach((h, k) => {
    if (!FAQ_TITLE.test(h.title)) return;
    for (let j = k + 1; j < headings.length && headings[j].level > h.level; j++) inFaq.add(j);
  });
  const questionLevels = new Map<number, number>();
  headings.forEach((h, k) => {
    if (!inFaq.has(k) && isQuestion(h.title)) questionLevels.set(h.level, (questionLevels.get(h.level) ?? 0) + 1);
  });

  const out: Detection[] = [];
  headings.forEach((h, k) => {
    const faqEntry = inFaq.has(k);
    if (!faqEntry && !(isQuestion(h.title) && (questionLevels.get(h.level) ?? 0) >= MIN_QUESTION_HEADINGS)) return;
    const bodyStart = lines[h.index + 1]?.kind === 'underline' ? h.index + 2 : h.index + 1;
    const end = answerEnd(lines, bodyStart);
    if (!isQuestion(h.title) && isTableOnly(lines.slice(bodyStart, end + 1))) return;
    const answer = normalizeLines(lines.slice(bodyStart, end + 1));
    const siblings = questionLevels.get(h.level) ?? 0;
    const confidence = faqEntry ? (isQuestion(h.title) ? 0.9 : 0.7) : 0.6 + 0.05 * Math.min(siblings, 4);
    const detection = pairDetection(h.title, answer, { start: h.index, end, shape: 'heading-faq', confidence });
    if (detection) out.push(detection);
  });
  return out;
};

/** A statement heading over nothing but table rows ("cell | cell") titles a table, not an answer. */
function isTableOnly(body: readonly DocLine[]): boolean {
  const text = body.map((l) => l.text.trim()).filter(Boolean);
  return text.length > 0 && text.every((t) => t.includes(' | '));
}

/** Index of the answer's last line: just before the next heading or separator. */
function answerEnd(lines: readonly DocLine[], bodyStart: number): number {
  let i = bodyStart;
  while (i < lines.length && !isBreak(lines[i].kind)) i++;
  return i - 1;
}
