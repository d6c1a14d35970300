// After a run: counts, the per-phase summary, skipped files, dataset-level errors, findings by rule and
// the files written (as one folder and its file names, so the menu stays on a 60x20 screen).
import { Box, Text } from 'ink';
import path from 'node:path';
import type { BuildResult } from '../../../core/app/types.js';
import { describeDecodingNote } from '../../../core/app/views.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { clip, formatUsd } from '../../format.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

type OutcomeChoice = 'continue' | 'findings' | 'home';

/** "output_datasets/my_dataset/: a.jsonl, b.csv" per folder the files were written to. */
function filesWritten(files: BuildResult['files'], cwd: string): string[] {
  const byFolder = new Map<string, string[]>();
  for (const file of Object.values(files).filter((f): f is string => Boolean(f))) {
    const folder = path.relative(cwd, path.dirname(file)) || '.';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path.basename(file)]);
  }
  return [...byFolder].map(([folder, names]) => `${folder}/: ${names.join(', ')}`);
}

interface Props {
  result: BuildResult;
  /** The run's per-phase summary ("read 4 files in 1s · found 36 · kept 36"). */
  summary: string;
  cwd: string;
  onChoice: (c: OutcomeChoice) => void;
}

export function RunOutcome({ result, summary, cwd, onChoice }: Props) {
  const { columns, rows } = useTerminalSize();
  const width = columns - 4;
  const f = result.findings;
  const decoding = result.decoding ?? [];
  const split = result.split ? ` (train ${result.split.train}, validation ${result.split.validation})` : '';
  const empty = result.samples === 0;
  const items: MenuItem<OutcomeChoice>[] = [
    empty
      ? { label: 'Back to the main menu', value: 'home', description: 'Nothing to split or export: change the input files or settings, then run again.' }
      : { label: 'Continue: split and review', value: 'continue', description: 'Back to the main menu with Split and review next.' },
    ...(f.errors + f.warnings > 0
      ? [{ label: 'See validation findings', value: 'findings' as const, description: 'By rule, with the offending samples.' }]
      : []),
  ];
  return (
    <Box flexDirection="column">
      <Notice tone={result.samples > 0 ? 'success' : 'warning'}>{`Dataset ${result.datasetId} "${result.name}": ${result.samples} samples${split}`}</Notice>
      <Text dimColor>
        {result.filesRead} file(s) read, {result.skipped.length} skipped{result.excluded ? `, ${result.excluded} sample(s) excluded by validation` : ''}
        {result.costUsd > 0 ? `, agent cost ${formatUsd(result.costUsd)}` : ''}
      </Text>
      {summary ? <Text dimColor>{summary}</Text> : null}
      {result.skipped.slice(0, rows >= 24 ? 3 : 1).map((s) => (
        <Text key={s.file} color="yellow">{clip(`  skipped ${clip(s.file, Math.floor(width / 2))}: ${s.reason}`, width)}</Text>
      ))}
      {[...new Set(result.skipped.map((s) => s.hint).filter(Boolean))].slice(0, 2).map((hint) => (
        <Text key={hint} dimColor>{`  → ${hint}`}</Text>
      ))}
      {decoding.slice(0, 3).map((note) => (
        <Text key={note.file} color="yellow">{`  text ${clip(describeDecodingNote(note), width - 7)}`}</Text>
      ))}
      {decoding.length > 3 ? <Text dimColor>{`  … ${decoding.length - 3} more file(s): see the stats file`}</Text> : null}
      {result.datasetErrors.map((message) => (
        <Notice key={message} tone="error">{message}</Notice>
      ))}
      {empty ? (
        <Notice tone="error">No samples were made, so there is nothing to validate, split or export.</Notice>
      ) : (
        <Notice tone={f.errors ? 'error' : f.warnings ? 'warning' : 'success'}>
          {f.errors + f.warnings === 0 ? 'Validation: every example passes the target rules.' : `Validation: ${f.errors} error(s), ${f.warnings} warning(s)`}
        </Notice>
      )}
      {Object.keys(f.byRule).length ? (
        <Text dimColor>{`  ${Object.entries(f.byRule).map(([rule, n]) => `${rule} ${n}`).join(' · ')}`}</Text>
      ) : null}
      <Box flexDirection="column" marginY={1}>
        <Text>Files written:</Text>
        {filesWritten(result.files, cwd).map((line) => (
          <Text key={line} color="green">{`  ${line}`}</Text>
        ))}
      </Box>
      <Menu items={items} onSelect={onChoice} />
    </Box>
  );
}
