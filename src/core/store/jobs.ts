// The generation journal: which (chunk x prompt x model) jobs of a dataset are finished, so a resumed
// run never pays twice for the same chunk.
import { scrubSecrets } from '../scrub-secrets.js';
import type { Db } from './database.js';

export interface JobJournal {
  isDone(key: string): boolean;
  markDone(key: string, info: { samples: number; costUsd: number }): void;
  markFailed(key: string, error: string): void;
}

export function openJobJournal(db: Db, datasetId: string): JobJournal {
  const done = new Set(
    (db.prepare("SELECT key FROM jobs WHERE dataset_id = ? AND status = 'done'").all(datasetId) as { key: string }[]).map(
      (r) => r.key,
    ),
  );
  const upsert = db.prepare(
    `INSERT INTO jobs (dataset_id, key, status, samples, cost_usd, error, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)
     ON CONFLICT(dataset_id, key) DO UPDATE SET status = excluded.status, samples = excluded.samples,
       cost_usd = excluded.cost_usd, error = excluded.error, updated_at = CURRENT_TIMESTAMP`,
  );
  return {
    isDone: (key) => done.has(key),
    markDone(key, info) {
      upsert.run(datasetId, key, 'done', info.samples, info.costUsd, null);
      done.add(key);
    },
    markFailed(key, error) {
      upsert.run(datasetId, key, 'failed', 0, 0, scrubSecrets(error));
    },
  };
}

export function jobCostTotal(db: Db, datasetId: string): number {
  return (db.prepare('SELECT COALESCE(SUM(cost_usd), 0) AS c FROM jobs WHERE dataset_id = ?').get(datasetId) as { c: number }).c;
}

/** What the generation journal holds for a dataset (the dataset card's generation record). */
export function jobSummary(db: Db, datasetId: string): { done: number; failed: number; samples: number } {
  return db
    .prepare(
      `SELECT COALESCE(SUM(status = 'done'), 0) AS done, COALESCE(SUM(status = 'failed'), 0) AS failed,
         COALESCE(SUM(samples), 0) AS samples FROM jobs WHERE dataset_id = ?`,
    )
    .get(datasetId) as { done: number; failed: number; samples: number };
}
