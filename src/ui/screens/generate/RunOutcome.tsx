// After a run: counts, skipped files, dataset-level errors, findings by rule and the files written.
import { Box, Text } from 'ink';
import path from 'node:path';
import type { BuildResult } from '../../../core/app/types.js';
import { describeDecodingNote } from '../../../core/app/views.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { clip, formatUsd } from '../../format.js';

export type OutcomeChoice = 'continue' | 'findings' | 'home';

function filesWritten(files: BuildResult['files'], cwd: string): string[] {
  return Object.values(files)
    .filter((file): file is string => Boolean(file))
    .map((file) => path.relative(cwd, file) || file);
}

export function RunOutcome({ result, cwd, onChoice }: { result: BuildResult; cwd: string; onChoice: (c: OutcomeChoice) => void }) {
  const f = result.findings;
  const decoding = result.decoding ?? [];
  const split = result.split ? ` (train ${result.split.train}, validation ${result.split.validation})` : '';
  const items: MenuItem<OutcomeChoice>[] = [
    { label: 'Continue: split and review', value: 'continue', description: 'Back to the main menu with Split and review next.' },
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
      {result.skipped.slice(0, 3).map((s) => (
        <Text key={s.file} color="yellow">{`  skipped ${clip(s.file, 30)}: ${clip(s.reason, 40)}`}</Text>
      ))}
      {[...new Set(result.skipped.map((s) => s.hint).filter(Boolean))].slice(0, 2).map((hint) => (
        <Text key={hint} dimColor>{`  → ${hint}`}</Text>
      ))}
      {decoding.slice(0, 3).map((note) => (
        <Text key={note.file} color="yellow">{`  text ${clip(describeDecodingNote(note), 70)}`}</Text>
      ))}
      {decoding.length > 3 ? <Text dimColor>{`  … ${decoding.length - 3} more file(s): see the stats file`}</Text> : null}
      {result.datasetErrors.map((message) => (
        <Notice key={message} tone="error">{message}</Notice>
      ))}
      <Notice tone={f.errors ? 'error' : f.warnings ? 'warning' : 'success'}>
        {f.errors + f.warnings === 0 ? 'Validation: every example passes the target rules.' : `Validation: ${f.errors} error(s), ${f.warnings} warning(s)`}
      </Notice>
      {Object.entries(f.byRule).slice(0, 4).map(([rule, n]) => (
        <Text key={rule} dimColor>{`  ${rule}: ${n}`}</Text>
      ))}
      <Box flexDirection="column" marginY={1}>
        <Text>Files written:</Text>
        {filesWritten(result.files, cwd).map((file) => (
          <Text key={file} color="green">{`  ${file}`}</Text>
        ))}
      </Box>
      <Menu items={items} onSelect={onChoice} />
    </Box>
  );
}
