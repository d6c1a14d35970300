// Opens the SQLite store (better-sqlite3), in WAL mode, and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError, getErrorMessage } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export type Db = Database.Database;

export function openDatabase(file: string, migrations: Migration[] = MIGRATIONS): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    // Each accepted sample is its own commit; FULL fsyncs every one (~9 ms, blocking the event loop
    // and so every request in flight). In WAL mode NORMAL survives a killed process intact; only an
    // OS crash or power cut may roll back the last commits, samples and job journal together.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
