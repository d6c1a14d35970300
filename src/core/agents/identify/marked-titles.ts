// Plain-text FAQs that mark every entry title with the same bullet at the margin, as the tmux FAQ does:
//
//   * How do I use UTF-8?
//
//   When running tmux in a UTF-8 capable terminal, UTF-8 must be turned on…
//
// A title is a paragraph of its own starting at the margin with "* ", "- ", "• " or "o ", continued on
// lines indented under its text; its answer is the paragraphs up to the next title with that marker, a
// heading or a separator (list items with another marker inside the answer stay in it). A marker's titles
// are an FAQ when at least two are questions, questions make the share questionShareNeeded() asks, and
// most titles are answered. Then, in a document that is an FAQ, statement titles ("I don't see any colour
// in my terminal! Help!") are entries too; elsewhere they only end the answer before them.
import type { Detection, LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import { answerRunEnd, type DocLine } from './doc-lines.js';
import { documentIsFaq, questionShareNeeded } from './faq-context.js';
import { isQuestion, normalizeLines } from './normalize.js';

const MARKED = /^([*•o-]) (\S.*)$/;
const CONTINUED = /^ {2,}\S/;
const MAX_TITLE_LINES = 3;
const MAX_TITLE_CHARS = 250;
const MIN_QUESTIONS = 2;

interface Title {
  marker: string;
  start: number;
  /** Last line of the title paragraph. */
  end: number;
  text: string;
}

export const detectMarkedTitles: LineDetector = (lines, context) => {
  const titles = findTitles(lines);
  const faqDocument = documentIsFaq(lines, context?.file);
  const out: Detection[] = [];
  for (const marker of new Set(titles.map((t) => t.marker))) {
    const group = titles.filter((t) => t.marker === marker);
    const questions = group.filter((t) => isQuestion(t.text)).length;
    if (questions < MIN_QUESTIONS || questions < questionShareNeeded(faqDocument) * group.length) continue;
    const found = group.flatMap((title, k) => {
      if (!faqDocument && !isQuestion(title.text)) return [];
      const end = answerRunEnd(lines, title.end + 1, group[k + 1]?.start ?? lines.length);
      const answer = normalizeLines(lines.slice(title.end + 1, end + 1));
      return pairDetection(title.text, answer, { start: title.start, end, shape: 'marked-titles', confidence: 0.6 }) ?? [];
    });
    if (found.length * 2 >= group.length) out.push(...found);
  }
  return out;
};

/** Title paragraphs: a marked line at the margin (plus indented continuation lines) standing alone. */
function findTitles(lines: readonly DocLine[]): Title[] {
  const titles: Title[] = [];
  const alone = (j: number) => j < 0 || j >= lines.length || lines[j].kind !== 'text';
  for (let i = 0; i < lines.length; i++) {
    const match = lines[i].kind === 'text' && !lines[i].verbatim && alone(i - 1) ? MARKED.exec(lines[i].text) : null;
    if (!match) continue;
    let end = i;
    let text = match[2].trim();
    while (end - i + 1 < MAX_TITLE_LINES && lines[end + 1]?.kind === 'text' && CONTINUED.test(lines[end + 1].text)) text += ` ${lines[++end].text.trim()}`;
    if (alone(end + 1) && text.length <= MAX_TITLE_CHARS && /\p{L}/u.test(text)) titles.push({ marker: match[1], start: i, end, text });
    i = end;
  }
  return titles;
}
