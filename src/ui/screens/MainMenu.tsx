// The main menu: the entries, the settings in use, and the next logical step highlighted.
import { Box, Text } from 'ink';
import { Menu, type MenuItem } from '../components/Menu.js';
import { Notice } from '../components/Notice.js';
import { Screen } from '../components/Screen.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { ratioLabel, wrapText } from '../format.js';
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

// Rows of the screen that are not the list: title and the blank under it, the header's bottom margin,
// the "1-8 of 9" line, the blanks around the description, and the key help.
const FIXED_ROWS = 7;

export function MainMenu({ state, onSelect }: Props) {
  const next = state ? nextStep(state) : 'configure';
  const items = ITEMS.map((item) => (item.value === next ? { ...item, tag: '← next', tagTone: 'success' as const } : item));
  const { columns } = useTerminalSize();
  // The header and the descriptions wrap on a narrow terminal: the list gets only the rows left over.
  const rowsOf = (text: string) => wrapText(text, columns).length;
  const header = [state ? settingsText(state) : 'Loading configuration…', state?.datasetId ? `Current dataset: ${state.datasetId}` : '', state?.notice ? `✓ ${state.notice}` : ''];
  const headerRows = header.filter(Boolean).reduce((sum, line) => sum + rowsOf(line), 0);
  const descriptionRows = Math.max(...ITEMS.map((item) => rowsOf(item.description ?? '')));
  return (
    <Screen title="Main menu" help={['↑↓ move', 'Enter select', 'q quit']}>
      <Box flexDirection="column" marginBottom={1}>
        {state ? <Text dimColor>{settingsText(state)}</Text> : <Text dimColor>Loading configuration…</Text>}
        {state?.datasetId ? <Text dimColor>Current dataset: {state.datasetId}</Text> : null}
        {state?.notice ? <Notice tone="success">{state.notice}</Notice> : null}
      </Box>
      <Menu key={next} items={items} initialValue={next} onSelect={onSelect} limit={items.length} reserve={FIXED_ROWS + headerRows + descriptionRows} />
    </Screen>
  );
}

function settingsText(state: SessionState): string {
  const c = state.config;
  const split = c.split.enabled ? `split ${ratioLabel(c.split.ratio)}` : 'no split';
  return `${c.provider}/${c.model} · ${c.mode} · ${c.dataset_size} samples · ${split}`;
}
