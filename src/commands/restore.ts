// `ftdb restore [BACKUP]`: puts the newest good backup (or the named one) back in place of the
// database, after checking it; the current file is renamed aside, never deleted. --list only lists.
import { backupsJson, restoreJson } from '../core/app/json.js';
import { databaseBackups, restoreFromBackup, type CheckedBackup } from '../core/app/restore.js';
import { openWorkspace } from '../core/config/workspace.js';
import { formatBytes } from '../core/format-bytes.js';
import { ConfigError } from '../core/errors.js';
import { parseCommandArgs, type Flags } from './args.js';
import { DB_FLAG, JSON_FLAG } from './common-flags.js';
import { printJson, printLine, printTable } from './output.js';

export const USAGE = 'ftdb restore [BACKUP] [--list] [--db FILE] [--json]';
export const FLAGS = {
  list: { type: 'boolean', help: 'only list the backups and whether each passes its check' },
  ...DB_FLAG,
  ...JSON_FLAG,
} as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('restore', argv, FLAGS, USAGE, true);
  if (positionals.length > 1) throw new ConfigError('Expected at most one backup.', `Usage: ${USAGE}`);
  const { paths } = openWorkspace(values);
  if (values.list) {
    const backups = databaseBackups(paths.dbFile);
    if (values.json) printJson(backupsJson(backups));
    else printBackups(backups);
    return 0;
  }
  const outcome = restoreFromBackup(paths.dbFile, positionals[0]);
  if (values.json) {
    printJson(restoreJson(outcome));
    return 0;
  }
  printBackups(outcome.backups);
  printLine(`Restored ${outcome.database} from ${outcome.restoredFrom}.`);
  if (outcome.keptAside) printLine(`The previous file is kept as ${outcome.keptAside} (delete it once you no longer need it).`);
  return 0;
}

function printBackups(backups: CheckedBackup[]): void {
  if (backups.length === 0) {
    printLine('No backups yet (ftdb writes one before each build and split).');
    return;
  }
  printTable(
    ['BACKUP', 'SIZE', 'MODIFIED (UTC)', 'CHECK'],
    backups.map((b) => [b.file, formatBytes(b.bytes), b.modified.slice(0, 19), b.problem === undefined ? 'ok' : `damaged: ${b.problem}`]),
  );
}
