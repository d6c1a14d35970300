// Putting a verified backup back in place of a damaged database. The chosen backup is checked now
// (PRAGMA quick_check, not trusted from its name), copied under a temporary name and checked again,
// and only then renamed over the database. The current file, damaged or not, is never deleted: it
// and its -wal/-shm companions are renamed aside first (the WAL may hold the last commits).
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { backupDir, checkFile, listBackups } from './backup.js';

export interface CheckedBackup {
  file: string;
  bytes: number;
  modified: string;
  /** What quick_check found wrong; absent when the backup is good. */
  problem?: string;
}

export interface RestoreOutcome {
  database: string;
  restoredFrom: string;
  /** Where the previous database file now is (absent when there was none). */
  keptAside?: string;
  backups: CheckedBackup[];
}

const COMPANIONS = ['-wal', '-shm'];

/** Every finished backup of the database, newest first, each checked now. */
export function checkedBackups(dbFile: string): CheckedBackup[] {
  return listBackups(dbFile).reverse().map((file) => {
    const stat = fs.statSync(file);
    const problem = checkFile(file);
    return { file, bytes: stat.size, modified: stat.mtime.toISOString(), ...(problem !== undefined && { problem }) };
  });
}

/** Restores the named backup (a path, or a file name in the backups folder), else the newest good one. */
export function restoreDatabase(dbFile: string, named?: string): RestoreOutcome {
  const database = path.resolve(dbFile);
  const backups = checkedBackups(database);
  const chosen = named ? namedBackup(database, named, backups) : backups.find((b) => b.problem === undefined);
  if (!chosen) {
    const why = backups.length === 0 ? `There are no backups of ${database} in ${backupDir(database)}.` : `None of the ${backups.length} backup(s) of ${database} passes its check.`;
    throw new UserError(why, { hint: 'Move the database file away and start again with `ftdb build`, or pass another --db FILE.' });
  }
  const staged = `${database}.restoring-${process.pid}`;
  try {
    fs.copyFileSync(chosen.file, staged);
    const problem = checkFile(staged);
    if (problem) throw new UserError(`The copy of ${chosen.file} failed its check (${problem}); nothing was changed.`, { hint: 'Check the disk (free space, errors) and run `ftdb restore` again.' });
    const keptAside = moveAside(database);
    fs.renameSync(staged, database);
    return { database, restoredFrom: chosen.file, ...(keptAside && { keptAside }), backups };
  } finally {
    for (const leftover of [staged, ...COMPANIONS.map((suffix) => staged + suffix)]) fs.rmSync(leftover, { force: true });
  }
}

function namedBackup(database: string, named: string, backups: CheckedBackup[]): CheckedBackup {
  const candidates = [path.resolve(named), path.join(backupDir(database), path.basename(named))];
  const found = backups.find((b) => candidates.includes(b.file));
  if (!found) {
    throw new UserError(`${named} is not a backup of ${database}.`, { hint: 'Run `ftdb restore --list` to see the backups, and pass one of them (or none for the newest good one).', exitCode: 2 });
  }
  if (found.problem !== undefined) {
    throw new UserError(`The backup ${found.file} is damaged too (${found.problem}); nothing was changed.`, { hint: 'Run `ftdb restore` without a name to take the newest good backup.' });
  }
  return found;
}

/** Renames the database and its companions to <db>.damaged-<time>[-wal|-shm]; returns the new name. */
function moveAside(database: string): string | undefined {
  if (!fs.existsSync(database)) return undefined;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let aside = `${database}.damaged-${stamp}`;
  for (let n = 1; fs.existsSync(aside); n++) aside = `${database}.damaged-${stamp}-${n}`;
  fs.renameSync(database, aside);
  for (const suffix of COMPANIONS) if (fs.existsSync(database + suffix)) fs.renameSync(database + suffix, aside + suffix);
  return aside;
}
