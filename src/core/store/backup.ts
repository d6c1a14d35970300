// Online backups (better-sqlite3's backup API) kept next to the database; only the newest few are kept.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './database.js';

const BACKUPS_KEPT = 5;

function backupDir(dbFile: string): string {
  return path.join(path.dirname(path.resolve(dbFile)), 'backups');
}

/** Writes a backup and prunes old ones. Returns the backup path. */
export async function backupDatabase(db: Db, dbFile: string, reason: string, keep = BACKUPS_KEPT): Promise<string> {
  const dir = backupDir(dbFile);
  fs.mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.basename(dbFile, path.extname(dbFile));
  const safeReason = reason.replace(/[^a-z0-9-]+/gi, '-').slice(0, 40);
  let target = path.join(dir, `${base}-${stamp}-${safeReason}.db`);
  for (let n = 1; fs.existsSync(target); n++) target = path.join(dir, `${base}-${stamp}-${safeReason}-${n}.db`);
  await db.backup(target);
  pruneBackups(dir, base, keep);
  return target;
}

export function listBackups(dbFile: string): string[] {
  return backupsIn(backupDir(dbFile), path.basename(dbFile, path.extname(dbFile)));
}

function backupsIn(dir: string, base: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(`${base}-`) && name.endsWith('.db'))
    .map((name) => path.join(dir, name))
    .sort((a, b) => fs.statSync(a).mtimeMs - fs.statSync(b).mtimeMs || a.localeCompare(b));
}

function pruneBackups(dir: string, base: string, keep: number): void {
  const all = backupsIn(dir, base);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) fs.rmSync(old, { force: true });
}
