// Manage datasets: pick a saved dataset, then rename it, duplicate it (same samples, edits, moves and
// findings) or delete it after a verified backup of the database (asked first, "No" preselected).
import path from 'node:path';
import { Box, Text } from 'ink';
import { useCallback, useState } from 'react';
import { deleteDataset, duplicateDataset, renameDataset } from '../../../core/app/dataset-admin.js';
import { savedDataset, type SavedDataset } from '../../../core/app/datasets.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice, type Tone } from '../../components/Notice.js';
import { Screen } from '../../components/Screen.js';
import { TextPrompt } from '../../components/TextPrompt.js';
import { describeError } from '../../errors.js';
import { useAsync } from '../../hooks/useAsync.js';
import { clip } from '../../format.js';
import { useEscape } from '../../hooks/useEscape.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { useSession } from '../../session/SessionContext.js';
import { DatasetPicker } from '../common/DatasetPicker.js';

type Action = 'rename' | 'duplicate' | 'delete' | 'back' | 'keep';
type View = { step: 'pick' } | { step: 'actions'; id: string } | { step: 'rename'; id: string } | { step: 'delete'; id: string } | { step: 'working'; text: string };

const ACTIONS = [
  { label: 'Rename', value: 'rename' as const, description: 'A new name; the next export writes output_datasets/<new name>/ (files under the old name stay).' },
  { label: 'Duplicate', value: 'duplicate' as const, description: 'A new dataset with the same samples, edits, moves and findings, named <name>_copy.' },
  { label: 'Delete…', value: 'delete' as const, description: 'Removes it from the database after a verified backup; exported files stay on disk.' },
  { label: 'Back', value: 'back' as const, description: 'Pick another dataset.' },
];

export function DatasetsFlow() {
  const { workspace, state, dispatch } = useSession();
  const { dbFile } = workspace.paths;
  const [view, setView] = useState<View>({ step: 'pick' });
  const [note, setNote] = useState<{ tone: Tone; text: string }>();
  // The picker reloads after every change (a new key remounts it).
  const [generation, setGeneration] = useState(0);
  const goHome = useCallback(() => dispatch({ type: 'home' }), [dispatch]);
  const toPicker = (tone: Tone, text: string) => (setNote({ tone, text }), setGeneration((n) => n + 1), setView({ step: 'pick' }));
  const failed = (error: unknown, back: View) => {
    const shown = describeError(error);
    setNote({ tone: 'error', text: `${shown.message}${shown.hint ? ` ${shown.hint}` : ''}` });
    setView(back);
  };
  useEscape(() => {
    setNote(undefined);
    if (view.step === 'pick') goHome();
    else if (view.step === 'rename' || view.step === 'delete') setView({ step: 'actions', id: view.id });
    else if (view.step === 'actions') setView({ step: 'pick' });
  }, view.step !== 'working');

  const act = (id: string, action: Action) => {
    setNote(undefined);
    if (action === 'back') return setView({ step: 'pick' });
    if (action === 'keep') return setView({ step: 'actions', id });
    if (action !== 'duplicate') return setView({ step: action, id });
    try {
      const copy = duplicateDataset(dbFile, id);
      toPicker('success', `Duplicated ${id} as ${copy.name} (${copy.datasetId}).`);
    } catch (error) {
      failed(error, { step: 'actions', id });
    }
  };
  const rename = (id: string, name: string) => {
    try {
      const renamed = renameDataset(dbFile, id, name);
      toPicker('success', `Renamed ${id} to ${renamed.name}. The next export writes output_datasets/${renamed.name}/.`);
    } catch (error) {
      failed(error, { step: 'rename', id });
    }
  };
  const remove = (id: string) => {
    setView({ step: 'working', text: `Backing up the database, then deleting ${id}…` });
    deleteDataset(dbFile, id).then(
      ({ backup }) => {
        if (state.datasetId === id) dispatch({ type: 'dataset-gone', datasetId: id });
        const rel = (file: string) => path.relative(workspace.paths.cwd, file);
        // `ftdb restore` checks the backup and keeps the current file aside, unlike a copy by hand.
        toPicker('success', `Deleted ${id}. Backup: ${rel(backup)}. To get it back, quit and run: ftdb restore ${path.basename(backup)}`);
      },
      (error: unknown) => failed(error, { step: 'actions', id }),
    );
  };

  const body = () => {
    switch (view.step) {
      case 'pick':
        return <DatasetPicker key={generation} dbFile={dbFile} initial={state.datasetId} onPick={(id) => (setNote(undefined), setView({ step: 'actions', id }))} />;
      case 'working':
        return <Text dimColor>{view.text}</Text>;
      default:
        return <ChosenDataset dbFile={dbFile} view={view} onAction={act} onRename={rename} onDelete={remove} />;
    }
  };
  return (
    <Screen title="Manage datasets">
      {body()}
      {note ? (
        <Box marginTop={1}>
          <Notice tone={note.tone}>{note.text}</Notice>
        </Box>
      ) : null}
    </Screen>
  );
}

function ChosenDataset(props: {
  dbFile: string;
  view: Extract<View, { id: string }>;
  onAction: (id: string, action: Action) => void;
  onRename: (id: string, name: string) => void;
  onDelete: (id: string) => void;
}) {
  const { view } = props;
  const dataset = useAsync(() => savedDataset(props.dbFile, view.id), [props.dbFile, view.id]);
  const width = useTerminalSize().widthFor(1);
  if (dataset.status === 'loading') return <Text dimColor>Loading the dataset…</Text>;
  if (dataset.status === 'failed') return <ErrorMessage error={dataset.error} />;
  const d: SavedDataset = dataset.value;
  const header = <Text>{clip(`${d.name} · ${d.id} · ${d.samples} samples · ${d.provider} ${d.model}`, width)}</Text>;
  if (view.step === 'rename') {
    return (
      <Box flexDirection="column">
        {header}
        <TextPrompt label="New name:" initialValue={d.name} validate={(t) => (t ? undefined : 'Type a name, e.g. support_chats_v2.')} onSubmit={(name) => props.onRename(d.id, name)} />
      </Box>
    );
  }
  if (view.step === 'delete') {
    return (
      <Box flexDirection="column">
        {header}
        <Text>{`Delete ${d.id} and its ${d.samples} samples? A backup of the whole database is written and checked first.`}</Text>
        <Menu
          items={[
            { label: 'No, keep it', value: 'no' },
            { label: `Yes, delete ${d.id}`, value: 'yes' },
          ]}
          onSelect={(answer) => (answer === 'yes' ? props.onDelete(d.id) : props.onAction(d.id, 'keep'))}
        />
      </Box>
    );
  }
  return (
    <Box flexDirection="column">
      {header}
      <Menu items={ACTIONS} onSelect={(action) => props.onAction(d.id, action)} />
    </Box>
  );
}
