// Whether the database changed since its newest backup, so a re-split right after a build does not
// copy a 300 MB database that its after-run backup already holds. When a backup is written, the
// WAL is first checkpointed into the database file (TRUNCATE, without waiting for other readers);
// the file's size and mtime are then recorded with the backup's name. The database is unchanged
// while the file still has that size and mtime and the WAL is empty: every commit lands in the WAL
// first and a checkpoint rewrites the file. When the checkpoint cannot run, nothing is recorded and
// the next backup is written in full, as before.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './database.js';

interface FileState {
  size: string;
  mtimeNs: string;
}

interface BackupState extends FileState {
  backup: string;
}

const stateFile = (dir: string, base: string) => path.join(dir, `${base}.last-backup.json`);

function fileState(file: string): FileState | undefined {
  try {
    const info = fs.statSync(file, { bigint: true });
    return { size: String(info.size), mtimeNs: String(info.mtimeNs) };
  } catch {
    return undefined;
  }
}

function walIsEmpty(dbFile: string): boolean {
  const wal = fileState(`${dbFile}-wal`);
  return wal === undefined || wal.size === '0';
}

/** Before a backup: everything into the database file, then its state (undefined if that failed). */
export function stateBeforeBackup(db: Db, dbFile: string): FileState | undefined {
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  try {
    db.pragma('busy_timeout = 0');
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    return result?.busy === 0 && walIsEmpty(dbFile) ? fileState(dbFile) : undefined;
  } catch {
    return undefined; // another process holds the database: no skip next time, nothing else changes
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** After a verified backup: records what the database was when it was taken (if nothing moved meanwhile). */
export function recordBackupState(dbFile: string, dir: string, base: string, backup: string, before: FileState | undefined): void {
  const file = stateFile(dir, base);
  const after = fileState(dbFile);
  if (!before || !after || before.size !== after.size || before.mtimeNs !== after.mtimeNs || !walIsEmpty(dbFile)) {
    fs.rmSync(file, { force: true });
    return;
  }
  const state: BackupState = { ...after, backup: path.basename(backup) };
  fs.writeFileSync(file, `${JSON.stringify(state)}\n`);
}

/** The newest backup when the database has not changed since it was taken, else undefined. */
export function unchangedBackup(dbFile: string, dir: string, base: string): string | undefined {
  let state: BackupState;
  try {
    state = JSON.parse(fs.readFileSync(stateFile(dir, base), 'utf8')) as BackupState;
  } catch {
    return undefined;
  }
  const now = fileState(dbFile);
  const backup = path.join(dir, path.basename(String(state.backup)));
  if (!now || now.size !== state.size || now.mtimeNs !== state.mtimeNs || !walIsEmpty(dbFile) || !fs.existsSync(backup)) return undefined;
  return backup;
}
