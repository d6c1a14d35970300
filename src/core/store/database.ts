// Opens the SQLite store (better-sqlite3), in WAL mode, and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError, getErrorMessage } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { writeTransaction } from './write-lock.js';

export type Db = Database.Database;

/** A single statement outside writeTransaction waits this long for another process's write lock. */
const STATEMENT_BUSY_TIMEOUT_MS = 60_000;

export function openDatabase(file: string, migrations: Migration[] = MIGRATIONS): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
    // First, so even switching to WAL waits for another process instead of failing at once.
    db.pragma(`busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
  } catch (error) {
    throw new UserError(`Cannot open the database ${file}: ${getErrorMessage(error)}`, {
      hint: 'Check that the folder is writable and the file is a SQLite database, or pass another path with --db.',
      cause: error,
    });
  }
  migrate(db, migrations);
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: Migration[]): void {
  const current = schemaVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new UserError(`The database schema (version ${current}) is newer than this ftdb (version ${newest}).`, {
      hint: 'Update ftdb, or use another database with --db.',
    });
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    writeTransaction(db, () => {
      // Read again under the lock: another process opening the same new file may have migrated it meanwhile.
      if (schemaVersion(db) >= migration.version) return;
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
  }
}
