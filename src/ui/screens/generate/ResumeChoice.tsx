// The first choice of Generate when runs stopped before the end: start a new run, or resume one of
// the cancelled, failed, partial or interrupted datasets (also those of earlier sessions).
import type { SavedDataset } from '../../../core/app/datasets.js';
import { describeState } from '../../../core/app/views.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { progressLabel } from '../../../core/app/progress-label.js';

const NEW_RUN = '+new';

function resumeItem(d: SavedDataset): MenuItem<string> {
  return {
    label: `Resume ${d.name} (${progressLabel(d)})`,
    value: d.id,
    tag: `${d.id} · ${describeState(d.state)}`,
    tagTone: d.state.status === 'failed' ? 'error' : 'warning',
    description: `${d.mode} mode · ${d.provider}/${d.model} · created ${d.created_at.slice(0, 16)}. Continues with the settings it was started with; nothing accepted is asked for again.`,
  };
}

export function ResumeChoice({ stopped, onNew, onResume }: { stopped: SavedDataset[]; onNew: () => void; onResume: (id: string) => void }) {
  const items: MenuItem<string>[] = [
    ...stopped.map(resumeItem),
    { label: 'Start a new run', value: NEW_RUN, description: 'Pick input files and build a new dataset with the current settings.' },
  ];
  return <Menu items={items} onSelect={(value) => (value === NEW_RUN ? onNew() : onResume(value))} />;
}
