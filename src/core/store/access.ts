// Opening the store for a command or screen and finding a dataset by id (or a unique id prefix / name).
import fs from 'node:fs';
import { UserError } from '../errors.js';
import { openDatabase, type Db } from './database.js';
import { getDataset, listDatasets, type DatasetRow } from './datasets.js';

export function withDatabase<T>(dbFile: string, work: (db: Db) => T): T {
  if (!fs.existsSync(dbFile)) {
    throw new UserError(`No database at ${dbFile} yet.`, { hint: 'Run `ftdb build` (or the menu) first, or pass --db FILE.' });
  }
  const db = openDatabase(dbFile);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

export async function withDatabaseAsync<T>(dbFile: string, work: (db: Db) => Promise<T>): Promise<T> {
  if (!fs.existsSync(dbFile)) {
    throw new UserError(`No database at ${dbFile} yet.`, { hint: 'Run `ftdb build` (or the menu) first, or pass --db FILE.' });
  }
  const db = openDatabase(dbFile);
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

export function findDataset(db: Db, idOrName: string): DatasetRow {
  const exact = getDataset(db, idOrName);
  if (exact) return exact;
  const all = listDatasets(db);
  const matches = all.filter((d) => d.id.startsWith(idOrName) || d.name === idOrName);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new UserError(`"${idOrName}" matches ${matches.length} datasets: ${matches.map((d) => d.id).join(', ')}.`, {
      hint: 'Give the full id.',
      exitCode: 2,
    });
  }
  // A wrong id is bad usage (exit 2), like a wrong flag.
  throw new UserError(`No dataset "${idOrName}".`, { hint: 'Run `ftdb list` to see the ids.', exitCode: 2 });
}
