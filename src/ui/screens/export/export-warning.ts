// Why exporting a dataset deserves a second thought: it is empty, unfinished or never validated.
// The export screen shows this and asks before writing (a silent export of such data looks final).
import type { SavedDataset } from '../../../core/app/datasets.js';
import { describeState, wasValidated } from '../../../core/app/views.js';
import { progressLabel } from '../../session/exit-report.js';

export function exportWarning(d: SavedDataset): string | undefined {
  if (d.samples === 0) return `${d.id} has no samples: the exported JSONL would be empty.`;
  if (!wasValidated(d.state.status)) {
    return `${d.id} is ${describeState(d.state)} (${progressLabel(d)}) and was never validated: tokens are not counted and the target's rules not checked. Resume it in Generate dataset first.`;
  }
  if (d.state.status !== 'complete') return `${d.id} is incomplete: ${describeState(d.state)}, ${progressLabel(d)}.`;
  return undefined;
}
