// The main menu: the nine entries, the settings in use, and the next logical step highlighted.
import { Box, Text } from 'ink';
import { Menu, type MenuItem } from '../components/Menu.js';
import { Notice } from '../components/Notice.js';
import { Screen } from '../components/Screen.js';
import { ratioLabel } from '../format.js';
import { nextStep, type ScreenId, type SessionState } from '../session/session-state.js';

export type MainChoice = Exclude<ScreenId, 'main'> | 'exit';

const ITEMS: MenuItem<MainChoice>[] = [
  { label: 'Configure dataset', value: 'configure', description: 'Target provider and model, mode, size, agent LLM, split.' },
  { label: 'Generate dataset', value: 'generate', description: 'Pick input files and run: live progress, validation findings.' },
  { label: 'Split and review', value: 'split', description: 'See the distribution, choose the split, browse and move samples.' },
  { label: 'View dataset statistics', value: 'stats', description: 'Token lengths, sources, keywords and validation of any saved dataset.' },
  { label: 'Export', value: 'export', description: 'Write JSONL (train/validation), CSV metadata and stats.' },
  { label: 'Publish to the Hub', value: 'publish', description: 'Upload data files, Parquet and a dataset card to a Hugging Face dataset repo.' },
  { label: 'Settings', value: 'settings', description: 'Edit config.yaml, see which API keys are set and where data lives.' },
  { label: 'Manage datasets', value: 'datasets', description: 'Rename, duplicate or delete a saved dataset (a verified backup comes first).' },
  { label: 'Exit', value: 'exit', description: 'Leave ftdb. Everything is saved in memory/dataset_builder.db.' },
];

interface Props {
  state?: SessionState;
  onSelect: (choice: MainChoice) => void;
}

export function MainMenu({ state, onSelect }: Props) {
  const next = state ? nextStep(state) : 'configure';
  const items = ITEMS.map((item) => (item.value === next ? { ...item, tag: '← next', tagTone: 'success' as const } : item));
  return (
    <Screen title="Main menu" help={['↑↓ move', 'Enter select', 'q quit']}>
      <Box flexDirection="column" marginBottom={1}>
        {state ? <SettingsLine state={state} /> : <Text dimColor>Loading configuration…</Text>}
        {state?.datasetId ? <Text dimColor>Current dataset: {state.datasetId}</Text> : null}
        {state?.notice ? <Notice tone="success">{state.notice}</Notice> : null}
      </Box>
      <Menu key={next} items={items} initialValue={next} onSelect={onSelect} limit={items.length} />
    </Screen>
  );
}

function SettingsLine({ state }: { state: SessionState }) {
  const c = state.config;
  const split = c.split.enabled ? `split ${ratioLabel(c.split.ratio)}` : 'no split';
  return (
    <Text dimColor>
      {c.provider}/{c.model} · {c.mode} · {c.dataset_size} samples · {split}
    </Text>
  );
}
