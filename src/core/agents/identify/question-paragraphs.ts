// Questions written as plain paragraphs, with no markup, followed by their answer paragraphs — an FAQ
// saved as text, or exported to PDF where its bold headings became plain lines:
//
//   How do I contribute to Homebrew?
//
//   Read our contribution guidelines.
//
// A question is a one-line paragraph ending in "?" that is not a list item or a labelled line; its
// answer runs to the next such question, heading or separator. Accepted when the document holds at
// least two, and most of them are answered (a list of open questions is not an FAQ).
import { parseColonLabel } from './chat-labels.js';
import type { LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import { answerRunEnd, type DocLine } from './doc-lines.js';
import { normalizeLine, normalizeLines } from './normalize.js';

const MIN_QUESTIONS = 2;
const MAX_QUESTION_CHARS = 200;
const NOT_A_TITLE = /^\s*(?:[-*+•>|]|\d{1,3}[.)]\s|\[)/;

export const detectQuestionParagraphs: LineDetector = (lines) => {
  const questions = lines.map((_, i) => i).filter((i) => isQuestionParagraph(lines, i));
  if (questions.length < MIN_QUESTIONS) return [];
  const found = questions.flatMap((start, k) => {
    const end = answerRunEnd(lines, start + 1, questions[k + 1] ?? lines.length);
    const answer = normalizeLines(lines.slice(start + 1, end + 1));
    return pairDetection(normalizeLine(lines[start].text), answer, { start, end, shape: 'question-paragraphs', confidence: 0.6 }) ?? [];
  });
  return found.length * 2 >= questions.length && found.length >= MIN_QUESTIONS ? found : [];
};

function isQuestionParagraph(lines: readonly DocLine[], i: number): boolean {
  const line = lines[i];
  if (line.kind !== 'text' || line.verbatim) return false;
  const text = line.text.trim();
  if (text.length > MAX_QUESTION_CHARS || !/[?？]$/.test(text) || !/^[\p{L}¿¡"“'(]/u.test(text)) return false;
  if (NOT_A_TITLE.test(line.text) || parseColonLabel(text)) return false;
  const alone = (j: number) => j < 0 || j >= lines.length || lines[j].kind !== 'text';
  return alone(i - 1) && alone(i + 1);
}
