// Numbered section headings on their own line followed by answer paragraphs, as in FAQs exported to
// PDF: "1.1 What is gnuplot ?". A table of contents repeats every heading (with dot leaders, or with an
// empty body): those copies are dropped, so each entry is counted once. The entries kept are the
// longest run numbered in increasing order, so a stray "1.5 million ..." line inside an answer is
// ignored. Accepted as an FAQ when enough titles are questions; then topic titles count too.
import type { Detection, LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import type { DocLine } from './doc-lines.js';
import { documentIsFaq, questionShareNeeded } from './faq-context.js';
import { isBreak } from './line-kinds.js';
import { hasContent, isQuestion, normalizeLines } from './normalize.js';

const ENTRY = /^\s{0,3}(\d{1,2})\.(\d{1,3})\.?\s+(\p{L}.{0,200})$/u;
const CHAPTER = /^\s{0,3}(\d{1,2})\.?\s+\p{Lu}/u;
const TOC_LEADER = /(?:\s*[.·…]){4,}\s*\d+\s*$/;
const MIN_ENTRIES = 3;

interface Entry {
  index: number;
  major: number;
  key: number;
  title: string;
}

export const detectNumberedSections: LineDetector = (lines, context) => {
  const candidates = findEntries(lines);
  const withBodies = candidates.filter((e, k) => hasContent(bodyText(lines, e, candidates[k + 1])));
  const entries = longestIncreasingRun(withBodies);
  if (entries.length < MIN_ENTRIES) return [];
  const share = entries.filter((e) => isQuestion(e.title)).length / entries.length;
  if (share < questionShareNeeded(documentIsFaq(lines, context?.file))) return [];

  const out: Detection[] = [];
  entries.forEach((entry, k) => {
    const end = bodyEnd(lines, entry, entries[k + 1]);
    const answer = normalizeLines(lines.slice(entry.index + 1, end + 1));
    const confidence = isQuestion(entry.title) ? 0.85 : 0.6;
    const detection = pairDetection(entry.title, answer, { start: entry.index, end, shape: 'numbered-sections', confidence });
    if (detection) out.push(detection);
  });
  return out;
};

function findEntries(lines: readonly DocLine[]): Entry[] {
  const entries: Entry[] = [];
  lines.forEach((line, index) => {
    const match = line.kind === 'text' && !TOC_LEADER.test(line.text) ? ENTRY.exec(line.text) : null;
    if (!match) return;
    const [major, minor] = [Number(match[1]), Number(match[2])];
    entries.push({ index, major, key: major * 1000 + minor, title: match[3].trim() });
  });
  return entries;
}

/** Last line of an entry's answer: before the next entry, the next chapter heading or a break. */
function bodyEnd(lines: readonly DocLine[], entry: Entry, next: Entry | undefined): number {
  const stop = next ? next.index : lines.length;
  for (let i = entry.index + 1; i < stop; i++) {
    if (isBreak(lines[i].kind)) return i - 1;
    const chapter = lines[i].kind === 'text' ? CHAPTER.exec(lines[i].text) : null;
    const major = chapter ? Number(chapter[1]) : -1;
    if (major > entry.major && major <= entry.major + 1 && !ENTRY.test(lines[i].text)) return i - 1;
  }
  return stop - 1;
}

function bodyText(lines: readonly DocLine[], entry: Entry, next: Entry | undefined): string {
  return lines
    .slice(entry.index + 1, bodyEnd(lines, entry, next) + 1)
    .map((l) => l.text)
    .join('\n');
}

/** Longest subsequence with strictly increasing section numbers (O(n²), n = candidate headings). */
function longestIncreasingRun(entries: Entry[]): Entry[] {
  const length = entries.map(() => 1);
  const previous = entries.map(() => -1);
  let best = -1;
  for (let i = 0; i < entries.length; i++) {
    for (let j = 0; j < i; j++) {
      if (entries[j].key < entries[i].key && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        previous[i] = j;
      }
    }
    if (best < 0 || length[i] > length[best]) best = i;
  }
  const run: Entry[] = [];
  for (let i = best; i >= 0; i = previous[i]) run.unshift(entries[i]);
  return run;
}
