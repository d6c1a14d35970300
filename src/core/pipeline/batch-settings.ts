// What a batch run (system.batch, --batch) adds to the generation options: the provider's batch API,
// the ledger of batches in this dataset's SQLite rows, the model's price and the poll interval.
import { isOpen, type BatchLedger, type BatchSettings } from '../agents/batch/types.js';
import type { AppConfig } from '../config/schema.js';
import { createBatchApi } from '../llm/batch/batch-api.js';
import { priceFor } from '../llm/prices.js';
import type { AgentClient } from '../llm/types.js';
import {
  batchRequests,
  listBatches,
  pendingBatchKeys,
  recordBatchCollected,
  recordBatchIntent,
  recordBatchNotSubmitted,
  recordBatchProgress,
} from '../store/batches.js';
import type { Db } from '../store/database.js';
import { configuredPrice } from './agent-client.js';

function openBatchLedger(db: Db, datasetId: string): BatchLedger {
  return {
    batches: () => listBatches(db, datasetId),
    requests: (localId) => batchRequests(db, localId),
    pendingKeys: () => pendingBatchKeys(db, datasetId),
    intend: (batch, requests) => recordBatchIntent(db, { ...batch, datasetId }, requests),
    progress: (localId, progress) => recordBatchProgress(db, localId, progress),
    notSubmitted: (localId, reason) => recordBatchNotSubmitted(db, localId, reason),
    collected: (localId, causes) => recordBatchCollected(db, localId, causes),
  };
}

/**
 * Undefined for a live run. A dataset with provider batches still open stays a batch run even when
 * resumed without --batch: a live run would pay again for the requests those batches carry.
 */
export async function batchSettingsFor(config: AppConfig, env: NodeJS.ProcessEnv, client: AgentClient, db: Db, datasetId: string): Promise<BatchSettings | undefined> {
  if (!config.system.batch && !listBatches(db, datasetId).some(isOpen)) return undefined;
  const configured = configuredPrice(config);
  return {
    api: await createBatchApi(client.provider, client.model, env),
    ledger: openBatchLedger(db, datasetId),
    price: configured ? { ...configured, known: true } : priceFor(client.provider, client.model),
    pollMs: config.system.batch_poll_seconds * 1000,
  };
}
