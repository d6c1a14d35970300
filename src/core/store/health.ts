// Refusing to build on a damaged database: more work on top of corrupt pages only spreads the damage
// (and pushes the last good backups out). The error names the newest backup that passes its check
// and the exact steps to put it back.
import path from 'node:path';
import { UserError } from '../errors.js';
import { newestGoodBackup, problemOf } from './backup.js';
import type { Db } from './database.js';

export class CorruptDatabaseError extends UserError {
  constructor(dbFile: string, problem: string, cause?: unknown) {
    super(`The database ${dbFile} is damaged (${problem}).`, { hint: restoreHint(dbFile), cause });
    this.name = 'CorruptDatabaseError';
  }
}

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'));
}

/** Throws CorruptDatabaseError unless PRAGMA quick_check passes. */
export function assertHealthy(db: Db, dbFile: string): void {
  let problem: string | undefined;
  try {
    problem = problemOf(db);
  } catch (error) {
    if (!isCorruptionError(error)) throw error;
    throw new CorruptDatabaseError(dbFile, (error as Error).message, error);
  }
  if (problem) throw new CorruptDatabaseError(dbFile, problem);
}

function restoreHint(dbFile: string): string {
  const good = newestGoodBackup(dbFile);
  if (!good) return `No good backup of it exists in ${path.dirname(path.resolve(dbFile))}/backups. Move the file away and start again with \`ftdb build\`, or pass another --db FILE.`;
  const db = path.resolve(dbFile);
  return `The newest good backup is ${good}. To restore it, stop every ftdb process, then run: ftdb restore --db "${db}" (it keeps the damaged file aside), or by hand: mv "${db}" "${db}.damaged" && rm -f "${db}-wal" "${db}-shm" && cp "${good}" "${db}"`;
}
