// Removing and copying a whole dataset: its row, runs, job journal, samples and findings. Rows are
// copied column by column from PRAGMA table_info, so a column a later migration adds is copied too.
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';
import { newSampleId } from './samples.js';
import { writeTransaction } from './write-lock.js';

type Row = Record<string, unknown>;

/** Deletes the dataset and everything stored for it, in one transaction. */
export function deleteDatasetRows(db: Db, datasetId: string): void {
  writeTransaction(db, () => {
    for (const table of ['findings', 'samples', 'jobs', 'runs']) db.prepare(`DELETE FROM ${table} WHERE dataset_id = ?`).run(datasetId);
    db.prepare('DELETE FROM datasets WHERE id = ?').run(datasetId);
  });
}

/** A new dataset named `name` holding copies of every row of `datasetId` (new sample ids). Returns its id. */
export function copyDatasetRows(db: Db, datasetId: string, name: string): string {
  const id = `ds-${randomBytes(4).toString('hex')}`;
  writeTransaction(db, () => {
    const created = new Date().toISOString().replace('T', ' ').replace('Z', '');
    copyRows(db, 'datasets', 'id', datasetId, (row) => ({ ...row, id, name, created_at: created }));
    const sampleIds = new Map<string, string>();
    copyRows(db, 'samples', 'dataset_id', datasetId, (row) => {
      const copy = newSampleId();
      sampleIds.set(String(row.id), copy);
      return { ...row, id: copy, dataset_id: id };
    });
    const mapped = (sample: unknown) => (sample === null ? null : (sampleIds.get(String(sample)) ?? null));
    copyRows(db, 'findings', 'dataset_id', datasetId, (row) => ({ ...row, dataset_id: id, sample_id: mapped(row.sample_id) }));
    copyRows(db, 'jobs', 'dataset_id', datasetId, (row) => ({ ...row, dataset_id: id }));
    // Run ids are the table's own counter: the copies get new ones, in the same order.
    copyRows(db, 'runs', 'dataset_id', datasetId, ({ id: _runId, ...row }) => ({ ...row, dataset_id: id }));
  });
  return id;
}

function copyRows(db: Db, table: string, key: string, value: string, change: (row: Row) => Row): void {
  const order = table === 'datasets' ? '' : table === 'samples' ? ' ORDER BY seq' : ' ORDER BY rowid';
  const rows = db.prepare(`SELECT * FROM ${table} WHERE ${key} = ?${order}`).all(value) as Row[];
  for (const row of rows.map(change)) {
    const columns = Object.keys(row);
    db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`).run(row);
  }
}
