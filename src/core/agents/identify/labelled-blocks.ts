// Groups lines that start with a label ("Q:", "User:", "**Sid:**") into blocks, and blocks into runs.
// A block is the label line plus the lines that directly follow it. A run ends at a heading or a
// separator, and at a non-labelled paragraph after a blank line — except, when
// `continuationParagraphs` is on (interview transcripts), a paragraph followed later by another
// labelled line of the same run: it continues the speaker's turn. An indented paragraph after a blank
// line (an answer's code or list, as chat logs write them) always continues the block.
import type { DocLine } from './doc-lines.js';
import { isBreak } from './line-kinds.js';
import type { BlockLine } from './normalize.js';

export interface Label {
  label: string;
  /** The text after the label on the same line (may be empty). */
  rest: string;
}

export interface LabelledBlock {
  label: string;
  lines: BlockLine[];
  start: number;
  end: number;
}

export interface ScanOptions {
  parseLabel: (line: string) => Label | null;
  continuationParagraphs?: boolean;
}

export function scanLabelledRuns(lines: readonly DocLine[], options: ScanOptions): LabelledBlock[][] {
  const labels = lines.map((l) => (l.kind === 'text' ? options.parseLabel(l.text) : null));
  const nextLabelBeforeBreak = lookAheadForLabels(lines, labels);
  const runs: LabelledBlock[][] = [];
  let run: LabelledBlock[] = [];
  let block: LabelledBlock | null = null;
  let afterBlank = false;
  const endRun = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    block = null;
  };

  lines.forEach((line, i) => {
    const label = labels[i];
    if (isBreak(line.kind) || line.kind === 'front-matter') return endRun();
    if (label) {
      block = { label: label.label, lines: [{ text: label.rest }], start: i, end: i };
      run.push(block);
      afterBlank = false;
      return;
    }
    if (line.kind === 'blank') {
      afterBlank = true;
      return;
    }
    if (!block) return;
    const current: LabelledBlock = block;
    const inCode = line.kind === 'code' || line.kind === 'fence';
    const emptySoFar = current.lines.every((l) => l.text.trim() === '');
    const indented = /^[ \t]+\S/.test(line.text);
    const continues =
      !afterBlank || inCode || indented || emptySoFar || (options.continuationParagraphs && nextLabelBeforeBreak[i]);
    if (!continues) return endRun();
    if (afterBlank && !emptySoFar) current.lines.push({ text: '' });
    current.lines.push(line);
    current.end = i;
    afterBlank = false;
  });
  endRun();
  return runs;
}

/** For each line: is there a labelled line after it before the next heading/separator? */
function lookAheadForLabels(lines: readonly DocLine[], labels: readonly (Label | null)[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  let seen = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    out[i] = seen;
    if (labels[i]) seen = true;
    else if (isBreak(lines[i].kind)) seen = false;
  }
  return out;
}
