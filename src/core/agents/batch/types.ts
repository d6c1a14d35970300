// What a batch run needs besides the live run's options: the provider's batch API, the ledger that
// keeps every batch and its request ids in SQLite, the model's price, and how often to poll.
import type { BatchApi } from '../../llm/batch/types.js';
import type { ModelPrice } from '../../llm/prices.js';
import type { BatchProgress, BatchRequestRow, BatchRow } from '../../store/batches.js';

/** The store as the batch engine sees it (store/batches.ts behind it, bound to one dataset). */
export interface BatchLedger {
  batches(): BatchRow[];
  requests(localId: string): BatchRequestRow[];
  pendingKeys(): Set<string>;
  intend(batch: { localId: string; provider: string; model: string; worstCaseUsd: number }, requests: readonly BatchRequestRow[]): void;
  progress(localId: string, progress: BatchProgress): void;
  notSubmitted(localId: string, reason: string): void;
  collected(localId: string, causes: Record<string, number>): void;
}

export interface BatchSettings {
  api: BatchApi;
  ledger: BatchLedger;
  /** The agent model's list price (the batch discount is applied to it). */
  price: ModelPrice;
  /** Between polls of the provider while batches run. */
  pollMs: number;
}

/** A batch whose results are in SQLite or that never reached the provider needs nothing more. */
export function isOpen(batch: BatchRow): boolean {
  return batch.collected === 0;
}
