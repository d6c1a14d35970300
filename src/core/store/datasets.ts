// The datasets table: one row per build, with its settings, status and totals.
import { randomBytes } from 'node:crypto';
import type { Db } from './database.js';

type DatasetStatus = 'running' | 'complete' | 'failed' | 'cancelled';

export interface DatasetRow {
  id: string;
  name: string;
  provider: string;
  model: string;
  mode: string;
  created_at: string;
  total_samples: number | null;
  total_tokens: number | null;
  config: string | null;
  status: DatasetStatus;
  cost_usd: number;
  split_settings: string | null;
  tokens_exact: number;
  /** Absolute input folder of the run; null for datasets made before it was recorded. */
  input_dir: string | null;
  /** JSON array of the picked files (relative paths), or null for "all files". */
  input_files: string | null;
}

export interface NewDataset {
  name: string;
  provider: string;
  model: string;
  mode: string;
  config: unknown;
  inputDir?: string;
  inputFiles?: string[];
}

/** Short ids users can type: "ds-" + 8 hex characters. */
function newDatasetId(): string {
  return `ds-${randomBytes(4).toString('hex')}`;
}

export function createDataset(db: Db, dataset: NewDataset): DatasetRow {
  const id = newDatasetId();
  db.prepare(
    `INSERT INTO datasets (id, name, provider, model, mode, config, input_dir, input_files, status, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', strftime('%Y-%m-%d %H:%M:%f', 'now'))`,
  ).run(
    id,
    dataset.name,
    dataset.provider,
    dataset.model,
    dataset.mode,
    JSON.stringify(dataset.config),
    dataset.inputDir ?? null,
    dataset.inputFiles ? JSON.stringify(dataset.inputFiles) : null,
  );
  return getDataset(db, id)!;
}

export function getDataset(db: Db, id: string): DatasetRow | undefined {
  return db.prepare('SELECT * FROM datasets WHERE id = ?').get(id) as DatasetRow | undefined;
}

export function listDatasets(db: Db): DatasetRow[] {
  return db.prepare('SELECT * FROM datasets ORDER BY created_at DESC, rowid DESC').all() as DatasetRow[];
}

export function updateDataset(
  db: Db,
  id: string,
  fields: Partial<Pick<DatasetRow, 'status' | 'total_samples' | 'total_tokens' | 'cost_usd' | 'split_settings' | 'tokens_exact' | 'name'>>,
): void {
  const keys = Object.keys(fields) as (keyof typeof fields)[];
  if (keys.length === 0) return;
  const assignments = keys.map((key) => `${key} = @${key}`).join(', ');
  db.prepare(`UPDATE datasets SET ${assignments}, updated_at = CURRENT_TIMESTAMP WHERE id = @id`).run({ ...fields, id });
}

/** Recomputes total_samples/total_tokens from the samples that are not excluded. */
export function refreshTotals(db: Db, id: string): void {
  const totals = db
    .prepare(
      `SELECT COUNT(*) AS n, COALESCE(SUM(token_length), 0) AS tokens FROM samples
       WHERE dataset_id = ? AND COALESCE(split, '') != 'excluded'`,
    )
    .get(id) as { n: number; tokens: number };
  updateDataset(db, id, { total_samples: totals.n, total_tokens: totals.tokens });
}

export function datasetNameTaken(db: Db, name: string): boolean {
  return Boolean(db.prepare('SELECT 1 FROM datasets WHERE name = ? LIMIT 1').get(name));
}
