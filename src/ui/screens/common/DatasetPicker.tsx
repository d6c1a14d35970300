// Pick a saved dataset (newest first; the session's current one preselected).
import { Box, Text } from 'ink';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { savedDatasets, type SavedDataset } from '../../../core/app/datasets.js';
import { describeState } from '../../../core/app/views.js';
import { useAsync } from '../../hooks/useAsync.js';

function datasetItem(d: SavedDataset): MenuItem<string> {
  const finished = d.state.status === 'complete';
  return {
    label: d.name,
    value: d.id,
    tag: `${d.id} · ${d.samples} samples${finished ? '' : ` · ${describeState(d.state)}`}`,
    tagTone: finished ? 'info' : 'warning',
    description: `${d.provider} ${d.model} · mode ${d.mode} · created ${d.created_at.slice(0, 16)}`,
  };
}

export function DatasetPicker({ dbFile, initial, onPick }: { dbFile: string; initial?: string; onPick: (id: string) => void }) {
  const datasets = useAsync(() => savedDatasets(dbFile), [dbFile]);
  if (datasets.status === 'loading') return <Text dimColor>Loading datasets…</Text>;
  if (datasets.status === 'failed') return <ErrorMessage error={datasets.error} />;
  if (datasets.value.length === 0) return <Notice tone="warning">No datasets yet: run Generate dataset first.</Notice>;
  return (
    <Box flexDirection="column">
      <Text>Which dataset?</Text>
      <Menu items={datasets.value.map(datasetItem)} initialValue={initial} onSelect={onPick} limit={8} />
    </Box>
  );
}
