// Use cases on a dataset's provider batches (batch runs): what each batch is doing (`ftdb status`),
// and cancelling those still running at the provider (`ftdb cancel`).
import { loadDotEnv } from '../config/env.js';
import type { WorkspacePaths } from '../paths.js';
import { createBatchApi } from '../llm/batch/batch-api.js';

/** Whether a run with this agent provider can go through a batch API (the menu offers it then). */
export { supportsBatch } from '../llm/batch/batch-api.js';
import type { AgentProvider } from '../llm/types.js';
import { findDataset, withDatabase, withDatabaseAsync } from '../store/access.js';
import { listBatches, recordBatchProgress, type BatchRow } from '../store/batches.js';
import { datasetState, type DatasetState } from '../store/dataset-state.js';

export interface BatchStatus {
  datasetId: string;
  name: string;
  state: DatasetState;
  batches: BatchRow[];
}

export function batchStatus(dbFile: string, idOrName: string): BatchStatus {
  return withDatabase(dbFile, (db) => {
    const dataset = findDataset(db, idOrName);
    return { datasetId: dataset.id, name: dataset.name, state: datasetState(db, dataset), batches: listBatches(db, dataset.id) };
  });
}

/** Running at the provider, as far as the last poll knows. */
function stillRunning(batch: BatchRow): boolean {
  return batch.collected === 0 && batch.batch_id !== null && ['validating', 'in_progress', 'finalizing'].includes(batch.state);
}

/**
 * Asks the provider to cancel every batch of the dataset still running; what they finished is kept
 * and ingested by the next `ftdb resume` (which then plans the rest again).
 */
export async function cancelBatches(paths: WorkspacePaths, idOrName: string, env: NodeJS.ProcessEnv = process.env): Promise<{ datasetId: string; cancelled: string[] }> {
  if (env === process.env) loadDotEnv(paths.envFile, env, { reread: true });
  return withDatabaseAsync(paths.dbFile, async (db) => {
    const dataset = findDataset(db, idOrName);
    const cancelled: string[] = [];
    for (const batch of listBatches(db, dataset.id).filter(stillRunning)) {
      const api = await createBatchApi(batch.provider as AgentProvider, batch.model, env);
      const snapshot = await api.cancel(batch.batch_id ?? '');
      recordBatchProgress(db, batch.local_id, { ...snapshot, batchId: snapshot.id });
      cancelled.push(snapshot.id);
    }
    return { datasetId: dataset.id, cancelled };
  });
}
