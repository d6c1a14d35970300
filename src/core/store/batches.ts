// Provider batches of a dataset and the requests (job keys) each carries. A batch row is written
// before the provider is called (state "submitting", under our local id) and updated the moment the
// provider answers, so a crash at any point leaves a row that says what to look for.
import { scrubSecrets } from '../scrub-secrets.js';
import type { Db } from './database.js';
import { writeTransaction } from './write-lock.js';

export interface BatchRequestRow {
  custom_id: string;
  chunk_id: string;
  pass: number;
  ask: number;
}

export interface BatchRow {
  local_id: string;
  dataset_id: string;
  provider: string;
  model: string;
  /** The provider's id; null until the provider accepted the batch. */
  batch_id: string | null;
  /** "submitting", "not_submitted", or the provider's state (validating, in_progress, completed, expired...). */
  state: string;
  total: number;
  completed: number;
  failed: number;
  worst_case_usd: number;
  reason: string | null;
  /** Failed requests by cause (LlmError kind), JSON. */
  causes: string;
  /** 1 once its results are ingested (or it was never submitted): its requests are no longer pending. */
  collected: number;
  created_at: string;
  updated_at: string;
}

export function listBatches(db: Db, datasetId: string): BatchRow[] {
  return db.prepare('SELECT * FROM batches WHERE dataset_id = ? ORDER BY created_at, rowid').all(datasetId) as BatchRow[];
}

export function batchRequests(db: Db, localId: string): BatchRequestRow[] {
  return db.prepare('SELECT custom_id, chunk_id, pass, ask FROM batch_requests WHERE local_id = ?').all(localId) as BatchRequestRow[];
}

/** Job keys in batches not collected yet: planned elsewhere they would be paid for twice. */
export function pendingBatchKeys(db: Db, datasetId: string): Set<string> {
  const rows = db
    .prepare('SELECT r.custom_id FROM batch_requests r JOIN batches b ON b.local_id = r.local_id WHERE r.dataset_id = ? AND b.collected = 0')
    .all(datasetId) as { custom_id: string }[];
  return new Set(rows.map((row) => row.custom_id));
}

/** Written (and committed) before the provider is called. */
export function recordBatchIntent(
  db: Db,
  batch: { localId: string; datasetId: string; provider: string; model: string; worstCaseUsd: number },
  requests: readonly BatchRequestRow[],
): void {
  writeTransaction(db, () => {
    db.prepare(
      `INSERT INTO batches (local_id, dataset_id, provider, model, state, total, worst_case_usd) VALUES (?, ?, ?, ?, 'submitting', ?, ?)`,
    ).run(batch.localId, batch.datasetId, batch.provider, batch.model, requests.length, batch.worstCaseUsd);
    const insert = db.prepare('INSERT INTO batch_requests (dataset_id, custom_id, local_id, chunk_id, pass, ask) VALUES (?, ?, ?, ?, ?, ?)');
    for (const r of requests) insert.run(batch.datasetId, r.custom_id, batch.localId, r.chunk_id, r.pass, r.ask);
  });
}

export interface BatchProgress {
  batchId: string;
  state: string;
  total: number;
  completed: number;
  failed: number;
  reason?: string;
}

export function recordBatchProgress(db: Db, localId: string, progress: BatchProgress): void {
  db.prepare(
    `UPDATE batches SET batch_id = ?, state = ?, total = MAX(total, ?), completed = ?, failed = ?, reason = COALESCE(?, reason),
       updated_at = CURRENT_TIMESTAMP WHERE local_id = ?`,
  ).run(progress.batchId, progress.state, progress.total, progress.completed, progress.failed, progress.reason ? scrubSecrets(progress.reason) : null, localId);
}

/** The provider has no batch under this local id: nothing was submitted, its requests are free again. */
export function recordBatchNotSubmitted(db: Db, localId: string, reason: string): void {
  db.prepare(`UPDATE batches SET state = 'not_submitted', collected = 1, reason = ?, updated_at = CURRENT_TIMESTAMP WHERE local_id = ?`).run(
    scrubSecrets(reason),
    localId,
  );
}

export function recordBatchCollected(db: Db, localId: string, causes: Record<string, number>): void {
  db.prepare('UPDATE batches SET collected = 1, causes = ?, updated_at = CURRENT_TIMESTAMP WHERE local_id = ?').run(JSON.stringify(causes), localId);
}
