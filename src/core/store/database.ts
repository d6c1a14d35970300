// Opens the SQLite store (better-sqlite3), in WAL mode, and brings its schema up to date.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError, getErrorMessage } from '../errors.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import { writeTransaction } from './write-lock.js';
import { CorruptDatabaseError, isCorruptionError } from './health.js';

export type Db = Database.Database;

/** A single statement outside writeTransaction waits this long for another process's write lock. */
const STATEMENT_BUSY_TIMEOUT_MS = 60_000;
const PAGE_CACHE_KIB = 64 * 1024;

export function openDatabase(file: string, migrations: Migration[] = MIGRATIONS): Db {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  let db: Db | undefined;
  try {
    db = new Database(file);
    // First, so even switching to WAL waits for another process instead of failing at once.
    db.pragma(`busy_timeout = ${STATEMENT_BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    // Each call's accepted samples are one commit; FULL fsyncs every one (~9 ms, blocking the event loop
    // and so every request in flight). In WAL mode NORMAL survives a killed process intact; only an
    // OS crash or power cut may roll back the last commits, samples and job journal together.
    db.pragma('synchronous = NORMAL');
    // SQLite's default page cache is 2 MB: past ~50k samples the random-keyed indexes (id,
    // content_hash) no longer fit, and every insert or update re-reads pages from the OS, so time
    // per sample grew with the dataset. 64 MB holds them at 300k; pages are allocated only as used.
    db.pragma(`cache_size = ${-PAGE_CACHE_KIB}`);
    db.pragma('foreign_keys = ON');
  } catch (error) {
    // Damage that reaches the schema pages shows here already (switching to WAL reads the schema).
    if (isCorruptionError(error)) {
      db?.close();
      throw new CorruptDatabaseError(file, getErrorMessage(error), error);
    }
    throw new UserError(`Cannot open the database ${file}: ${getErrorMessage(error)}`, {
      hint: 'Check that the folder is writable and the file is a SQLite database, or pass another path with --db.',
      cause: error,
    });
  }
  try {
    migrate(db, migrations);
  } catch (error) {
    db.close();
    if (isCorruptionError(error)) throw new CorruptDatabaseError(file, getErrorMessage(error), error);
    throw error;
  }
  return db;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Tables ftdb creates; a new file (version 0) that holds any other table belongs to another program. */
const OUR_TABLES = new Set(['datasets', 'samples', 'runs', 'findings', 'jobs', 'sqlite_sequence']);

function refuseForeign(db: Db): void {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
  const foreign = tables.filter((name) => !OUR_TABLES.has(name));
  // A versioned file without our datasets table is another program's schema, whatever else it holds.
  const ours = schemaVersion(db) === 0 ? foreign.length === 0 : tables.includes('datasets');
  if (ours) return;
  throw new UserError(`${db.name} is not an ftdb database (it holds other tables: ${foreign.slice(0, 5).join(', ')}).`, {
    hint: 'Leave that file alone and pass another path with --db (a new file is created), or omit --db.',
    exitCode: 2,
  });
}

function migrate(db: Db, migrations: Migration[]): void {
  const current = schemaVersion(db);
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new UserError(`The database schema (version ${current}) is newer than this ftdb (version ${newest}).`, {
      hint: 'Update ftdb, or use another database with --db.',
    });
  }
  refuseForeign(db);
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
