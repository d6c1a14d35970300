// Backups kept next to the database. Each one is a compact copy (VACUUM INTO: no free pages, no WAL)
// written under a temporary name, checked with PRAGMA quick_check, and only then renamed to *.db, so
// a killed or corrupt backup never counts. Retention: the newest BACKUPS_KEPT within BACKUP_BYTES_KEPT
// in total, and the newest good backup is never pruned. A re-split writes none when the newest
// backup already holds the database as it is (backup-state.ts).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import type { Db } from './database.js';
import { recordBackupState, stateBeforeBackup, unchangedBackup } from './backup-state.js';
import { isProcessAlive } from './run-liveness.js';

const BACKUPS_KEPT = 5;
const BACKUP_BYTES_KEPT = 1024 * 1024 * 1024;
/** A half-written backup and the journal SQLite keeps next to it while writing. */
const PARTIAL = /\.partial-(\d+)(-journal|-wal|-shm)?$/;

export function backupDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

/** Writes a verified backup and prunes old ones. Returns the backup path. */
export async function backupDatabase(db: Db, dbFile: string, reason: string, keep = BACKUPS_KEPT): Promise<string> {
  const dir = backupDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  removeDeadPartials(dir);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = baseName(dbFile);
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
  let target = path.join(dir, `${base}-${stamp}-${safeReason}.db`);
  for (let n = 1; fs.existsSync(target); n++) target = path.join(dir, `${base}-${stamp}-${safeReason}-${n}.db`);
  const partial = `${target}.partial-${process.pid}`;
  try {
    const before = stateBeforeBackup(db, dbFile);
    db.prepare('VACUUM INTO ?').run(partial);
    const problem = checkFile(partial);
    if (problem) throw new UserError(`The backup of ${dbFile} failed its check (${problem}); it was not kept.`);
    fs.renameSync(partial, target);
    recordBackupState(dbFile, dir, base, target, before);
  } finally {
    for (const leftover of [partial, `${partial}-journal`]) fs.rmSync(leftover, { force: true });
  }
  pruneBackups(dir, base, keep);
  return target;
}

/**
 * A backup before overwriting something (a re-split): none is written when the newest backup
 * already holds exactly this database and still passes its check. Returns the backup that holds it.
 */
export async function backupUnlessUnchanged(db: Db, dbFile: string, reason: string): Promise<string> {
  const existing = unchangedBackup(dbFile, backupDir(dbFile), baseName(dbFile));
  if (existing && checkFile(existing) === undefined) return existing;
  return backupDatabase(db, dbFile, reason);
}

/** The finished (verified) backups of a database, oldest first. */
export function listBackups(dbFile: string): string[] {
  const dir = backupDir(dbFile);
  const base = baseName(dbFile);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.db'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs || a.localeCompare(b));
}

/** "ok", or the first problem PRAGMA quick_check reports, for a database file. */
export function checkFile(file: string): string | undefined {
  try {
    const copy = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return problemOf(copy);
    } finally {
      copy.close();
    }
  } catch (error) {
    return (error as Error).message;
  }
}

/** undefined when PRAGMA quick_check passes, else its first message. */
export function problemOf(db: Db): string | undefined {
  const rows = db.pragma('quick_check(1)') as { quick_check: string }[];
  return rows[0]?.quick_check === 'ok' ? undefined : (rows[0]?.quick_check ?? 'no answer');
}

/** The newest backup that still passes quick_check (checked now, not trusted from its name). */
export function newestGoodBackup(dbFile: string): string | undefined {
  return listBackups(dbFile).reverse().find((file) => checkFile(file) === undefined);
}

function baseName(dbFile: string): string {
  return path.basename(dbFile, path.extname(dbFile));
}

function pruneBackups(dir: string, base: string, keep: number): void {
  const newestFirst = listBackups(path.join(path.dirname(dir), `${base}.db`)).reverse();
  let bytes = 0;
  newestFirst.forEach((file, i) => {
    bytes += fs.statSync(file).size;
    // i === 0 is the backup just written and verified: always kept, whatever its size.
    if (i > 0 && (i >= keep || bytes > BACKUP_BYTES_KEPT)) fs.rmSync(file, { force: true });
  });
}

/** Half-written backups of processes that were killed. */
function removeDeadPartials(dir: string): void {
  for (const name of fs.readdirSync(dir)) {
    const pid = PARTIAL.exec(name)?.[1];
    if (pid && (Number(pid) === process.pid || !isProcessAlive(Number(pid), null))) fs.rmSync(path.join(dir, name), { force: true });
  }
}
