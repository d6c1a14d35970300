// How commands talk to the terminal: errors with hints on stderr, results on stdout, secrets scrubbed.
import { scrubSecrets } from '../core/scrub-secrets.js';
import { UserError, isAbortError } from '../core/errors.js';
import { environmentError } from '../core/environment-errors.js';

export function printLine(text = ''): void {
  process.stdout.write(`${scrubSecrets(text)}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${scrubSecrets(JSON.stringify(value, null, 2))}\n`);
}

export function logLine(text: string): void {
  process.stderr.write(`${scrubSecrets(text)}\n`);
}

/** Prints any error the way users should see it and returns the exit code (`datasetId`: the run's, if it made one). */
export function reportError(thrown: unknown, datasetId?: string): number {
  const error = environmentError(thrown) ?? thrown;
  if (isAbortError(error)) {
    logLine(
      datasetId
        ? `Cancelled. What was accepted is saved; \`ftdb resume ${datasetId}\` continues the run.`
        : 'Cancelled before a dataset was created; nothing to resume.',
    );
    return 130;
  }
  if (error instanceof UserError) {
    logLine(`error: ${error.message}`);
    if (error.hint) logLine(`hint: ${error.hint}`);
    return error.exitCode;
  }
  logLine(`ftdb hit a bug: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  logLine('Please report it with the command you ran.');
  return 1;
}

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  printLine(line(header));
  for (const row of rows) printLine(line(row));
}
