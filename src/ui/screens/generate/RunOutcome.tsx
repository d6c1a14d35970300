// After a run: counts, the per-phase summary, skipped files, dataset-level errors, findings by rule and
// the files written (as one folder and its file names, so the menu stays on a 60x20 screen).
import { Box, Text } from 'ink';
import path from 'node:path';
import type { BuildResult } from '../../../core/app/types.js';
import { describeDecodingNote } from '../../../core/app/views.js';
import { Menu, type MenuItem } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { clip, formatUsd } from '../../format.js';
import type { LogLine } from '../../hooks/run-state.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';

type OutcomeChoice = 'continue' | 'findings' | 'home';

/** Title, counts, summary, validation, "Files written:", key help, and the margins between them. */
const FIXED_ROWS = 13;

/** Rows the lines take once wrapped to the terminal's columns. */
function wrappedRows(lines: string[], columns: number): number {
  return lines.reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / columns)), 0);
}

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
  /** The run's own log (files read or skipped, warnings), shown as far as the terminal has room. */
  log: LogLine[];
  cwd: string;
  onChoice: (c: OutcomeChoice) => void;
}

export function RunOutcome({ result, summary, log, cwd, onChoice }: Props) {
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
  // the rows the terminal has left once everything else is drawn show the run's log, the last one
  // saying how much is cut
  const written = filesWritten(result.files, cwd).map((line) => `  ${line}`);
  const variable = [`✓ Dataset ${result.datasetId} "${result.name}": ${result.samples} samples${split}`, ...written, ...(items[0].description ? [items[0].description] : [])];
  const extra = Math.min(result.skipped.length, rows >= 24 ? 3 : 1) + Math.min(decoding.length, 4) + result.datasetErrors.length + (Object.keys(f.byRule).length ? 1 : 0);
  const logRoom = Math.max(0, rows - FIXED_ROWS - items.length - extra - wrappedRows(variable, columns));
  const shownLog = log.length > logRoom ? log.slice(0, Math.max(0, logRoom - 1)) : log;
  return (
    <Box flexDirection="column">
      <Notice tone={result.samples > 0 ? 'success' : 'warning'}>{`Dataset ${result.datasetId} "${result.name}": ${result.samples} samples${split}`}</Notice>
      <Text dimColor>
        {result.filesRead} file(s) read, {result.skipped.length} skipped{result.excluded ? `, ${result.excluded} sample(s) excluded by validation` : ''}
        {result.costUsd > 0 ? `, agent cost ${formatUsd(result.costUsd)}` : ''}
      </Text>
      {summary ? <Text dimColor>{summary}</Text> : null}
      {shownLog.map((line, i) => (
        <Notice key={`${i}:${line.text}`} tone={line.tone}>
          {clip(line.text, width)}
        </Notice>
      ))}
      {logRoom > 0 && shownLog.length < log.length ? <Text dimColor>{`  … ${log.length - shownLog.length} more line(s) of the run`}</Text> : null}
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
        {written.map((line) => (
          <Text key={line} color="green">
            {line}
          </Text>
        ))}
      </Box>
      <Menu items={items} onSelect={onChoice} />
    </Box>
  );
}
