// The status a user sees for a dataset (list, --json, stats): the stored status, except that a run
// whose process died is "interrupted", and a run that stopped early says why and how to continue.
import type { Db } from './database.js';
import type { DatasetRow } from './datasets.js';
import { latestRunInterrupted } from './runs.js';

type ShownStatus = DatasetRow['status'] | 'interrupted';

export interface DatasetState {
  status: ShownStatus;
  stopReason: DatasetRow['stop_reason'];
  /** What to run to finish the dataset, when it is not finished. */
  next?: string;
}

export function datasetState(db: Db, dataset: DatasetRow): DatasetState {
  const resume = `ftdb resume ${dataset.id}`;
  if (latestRunInterrupted(db, dataset.id)) return { status: 'interrupted', stopReason: null, next: resume };
  if (dataset.status === 'partial') return { status: 'partial', stopReason: dataset.stop_reason, next: resume };
  if (dataset.status === 'cancelled' || dataset.status === 'failed') return { status: dataset.status, stopReason: null, next: resume };
  return { status: dataset.status, stopReason: null };
}

/** "partial (budget)", "interrupted", "complete". */
export function describeState(state: DatasetState): string {
  return state.stopReason ? `${state.status} (${state.stopReason})` : state.status;
}
