// A build or resume that stopped before the end (Ctrl-C, a paid run waiting for its confirmation, a
// failure): what the dataset kept and the command that continues it, for the summary and `--json`.
import { getErrorMessage, isAbortError } from '../errors.js';
import { CostConfirmationNeeded } from '../pipeline/cost-estimate.js';
import { keptSamples } from './datasets.js';
import type { StoppedRun } from './json.js';

export function stoppedRun(error: unknown, dbFile: string, datasetId: string | undefined): StoppedRun {
  // Waiting for a cost confirmation is a pause, like a cancel (the stored status says the same).
  const status = isAbortError(error) || error instanceof CostConfirmationNeeded ? 'cancelled' : 'failed';
  return {
    datasetId,
    status,
    samplesKept: datasetId ? safeCount(dbFile, datasetId) : 0,
    error: isAbortError(error) ? 'Cancelled' : getErrorMessage(error),
    next: datasetId ? `ftdb resume ${datasetId}` : 'ftdb build (after fixing the error; nothing was stored)',
  };
}

/** The count must not hide the error being reported (a database that cannot be read says 0). */
function safeCount(dbFile: string, datasetId: string): number {
  try {
    return keptSamples(dbFile, datasetId);
  } catch {
    return 0;
  }
}
