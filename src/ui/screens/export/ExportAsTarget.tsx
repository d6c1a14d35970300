// Export in another target's format: pick a target, every example is validated against its rules and
// limits first (core/app/export-as), then the JSONL is written to its own folder, or nothing is
// written and the broken rules are listed. Esc goes back to the export choice.
import path from 'node:path';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { exportAsTarget, otherTargets, type ExportAsOutcome } from '../../../core/app/export-as.js';
import type { SavedDataset } from '../../../core/app/datasets.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { clip } from '../../format.js';
import { useEscape } from '../../hooks/useEscape.js';

type State = { step: 'pick' } | { step: 'checking'; name: string } | { step: 'done'; outcome: ExportAsOutcome } | { step: 'failed'; error: unknown };

interface Props {
  dbFile: string;
  dataset: Pick<SavedDataset, 'id' | 'provider' | 'model'>;
  outDir: string;
  cwd: string;
  onBack: () => void;
}

export function ExportAsTarget({ dbFile, dataset, outDir, cwd, onBack }: Props) {
  const [state, setState] = useState<State>({ step: 'pick' });
  // Back on the list, the cursor is on the target tried last.
  const [last, setLast] = useState<string>();
  useEscape(() => (state.step === 'pick' ? onBack() : setState({ step: 'pick' })), state.step !== 'checking');
  const targets = otherTargets(dataset);
  const run = (value: string) => {
    const target = targets.find((t) => `${t.provider}/${t.model}` === value)!;
    setLast(value);
    setState({ step: 'checking', name: target.displayName });
    exportAsTarget({ dbFile, idOrName: dataset.id, outDir, provider: target.provider, model: target.model }).then(
      (outcome) => setState({ step: 'done', outcome }),
      (error: unknown) => setState({ step: 'failed', error }),
    );
  };
  if (state.step === 'checking') return <Text dimColor>{`Checking every example against ${state.name}…`}</Text>;
  if (state.step === 'failed') return <ErrorMessage error={state.error} />;
  if (state.step === 'done') return <Outcome outcome={state.outcome} outDir={outDir} cwd={cwd} />;
  return (
    <Box flexDirection="column">
      <Text>{`Export ${dataset.id} in which target's format? (it was built for ${dataset.provider} ${dataset.model})`}</Text>
      <Menu
        items={targets.map((t) => ({ label: t.displayName, value: `${t.provider}/${t.model}`, tag: `${t.provider} ${t.model}` }))}
        initialValue={last}
        onSelect={run}
        limit={8}
      />
    </Box>
  );
}

function Outcome({ outcome, outDir, cwd }: { outcome: ExportAsOutcome; outDir: string; cwd: string }) {
  const name = outcome.target.displayName;
  return (
    <Box flexDirection="column">
      {outcome.written ? (
        <Notice tone="success">{`Written in ${name}'s format to ${path.relative(cwd, path.join(outDir, outcome.folder))}/:`}</Notice>
      ) : (
        <Notice tone="error">{`Not written: the examples break ${outcome.errors.length} rule(s) of ${name}.`}</Notice>
      )}
      {Object.entries(outcome.files).map(([kind, file]) => (
        <Text key={kind}>
          {`  ${kind.padEnd(11)}`}
          <Text color="green">{path.basename(file)}</Text>
        </Text>
      ))}
      {outcome.errors.map((line) => (
        <Text key={line}>{`  ✗ ${clip(line, 74)}`}</Text>
      ))}
      {outcome.warnings.slice(0, 4).map((line) => (
        <Text key={line} dimColor>{`  ! ${clip(line, 74)}`}</Text>
      ))}
      <Text dimColor>Esc: pick another target</Text>
    </Box>
  );
}
