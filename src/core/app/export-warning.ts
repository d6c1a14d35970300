// Why exporting a dataset deserves a second thought: it is empty, unfinished or never validated. Both
// faces decide with this: the menu shows it and asks before writing; `ftdb export` writes, warns on
// stderr and exits 1 (a silent export of such data looks final). Each face adds its own next step.
import type { SavedDataset } from './datasets.js';
import { progressLabel } from './progress-label.js';
import { describeState, wasValidated } from './views.js';

export interface ExportWarning {
  kind: 'empty' | 'unvalidated' | 'incomplete';
  message: string;
  /** The run stopped early: resuming it is what to do next. */
  resumable: boolean;
}

export function exportWarning(d: SavedDataset): ExportWarning | undefined {
  const resumable = d.state.next !== undefined;
  if (d.samples === 0) return { kind: 'empty', message: `${d.id} has no samples: its exported JSONL is empty.`, resumable };
  if (!wasValidated(d.state.status)) {
    const message = `${d.id} is ${describeState(d.state)} (${progressLabel(d)}) and was never validated: tokens are not counted and the target's rules not checked.`;
    return { kind: 'unvalidated', message, resumable };
  }
  if (d.state.status !== 'complete') return { kind: 'incomplete', message: `${d.id} is incomplete: ${describeState(d.state)}, ${progressLabel(d)}.`, resumable };
  return undefined;
}
