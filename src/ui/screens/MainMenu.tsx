// The main menu: the nine entries, the settings in use, and the next logical step highlighted. The
// list scrolls when the settings, the current dataset and the last notice leave it too few rows.
import { Box, Text } from 'ink';
import { Menu, type MenuItem } from '../components/Menu.js';
import { Notice } from '../components/Notice.js';
import { Screen } from '../components/Screen.js';
import { ratioLabel, wrapText } from '../format.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
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

/** Rows besides the list and the lines above it: title, margins, the range line, a two-row description, the key help, one spare. */
const MENU_CHROME_ROWS = 10;

interface Props {
  state?: SessionState;
  onSelect: (choice: MainChoice) => void;
}

export function MainMenu({ state, onSelect }: Props) {
  const next = state ? nextStep(state) : 'configure';
  const items = ITEMS.map((item) => (item.value === next ? { ...item, tag: '← next', tagTone: 'success' as const } : item));
  const { columns } = useTerminalSize();
  // The settings and dataset lines are cut to one row each; the notice wraps by words (it says what just happened).
  const aboveRows = 1 + (state?.datasetId ? 1 : 0) + (state?.notice ? wrapText(`✓ ${state.notice}`, columns).length : 0);
  return (
    <Screen title="Main menu" help={['↑↓ move', 'Enter select', 'q quit']}>
      <Box flexDirection="column" marginBottom={1}>
        {state ? <SettingsLine state={state} /> : <Text dimColor>Loading configuration…</Text>}
        {state?.datasetId ? <Text dimColor wrap="truncate-end">Current dataset: {state.datasetId}</Text> : null}
        {state?.notice ? <Notice tone="success">{state.notice}</Notice> : null}
      </Box>
      <Menu key={next} items={items} initialValue={next} onSelect={onSelect} limit={items.length} reserve={MENU_CHROME_ROWS + aboveRows} />
    </Screen>
  );
}

function SettingsLine({ state }: { state: SessionState }) {
  const c = state.config;
  const split = c.split.enabled ? `split ${ratioLabel(c.split.ratio)}` : 'no split';
  return (
    <Text dimColor wrap="truncate-end">
      {c.provider}/{c.model} · {c.mode} · {c.dataset_size} samples · {split}
    </Text>
  );
}
