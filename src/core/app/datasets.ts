// Use cases on saved datasets for both faces: list, look up, stats, samples, findings, manual overrides.
// Each call opens the database, does one thing and closes it again (the store is a single SQLite file).
import { statsForDataset } from '../export/dataset-stats.js';
import type { DatasetStats } from '../export/stats.js';
import { findDataset, withDatabase } from '../store/access.js';
import type { Db } from '../store/database.js';
import { listDatasets, type DatasetRow } from '../store/datasets.js';
import { datasetState, type DatasetState } from '../store/dataset-state.js';
import { jobCostTotal } from '../store/jobs.js';
import { listFindings, type StoredFinding } from '../store/runs.js';
import { countSamples, listSamples, setSplitOverride, type StoredSample } from '../store/samples.js';
import type { Split } from '../types.js';

/**
 * A saved dataset with the status a user sees (a run whose process died shows as interrupted) and its
 * real totals: `total_samples` is only written when a run finishes, so a stopped one would say 0.
 */
export type SavedDataset = DatasetRow & {
  state: DatasetState;
  /** The samples to show: those kept by validation once finished, every stored one while unfinished. */
  samples: number;
  /** The size the run was started for (its config's dataset_size), when known. */
  targetSize?: number;
  /** What the agent calls cost so far, also of jobs a cancel or crash left unsummed. */
  spentUsd: number;
};

export function savedDatasets(dbFile: string): SavedDataset[] {
  return withDatabase(dbFile, (db) => listDatasets(db).map((d) => toSaved(db, d)));
}

/** One saved dataset by id, unique id prefix or name. */
export function savedDataset(dbFile: string, idOrName: string): SavedDataset {
  return withDatabase(dbFile, (db) => toSaved(db, findDataset(db, idOrName)));
}

function toSaved(db: Db, d: DatasetRow): SavedDataset {
  const state = datasetState(db, d);
  return {
    ...d,
    state,
    samples: state.next !== undefined || d.total_samples === null ? countSamples(db, d.id) : d.total_samples,
    targetSize: targetSizeOf(d),
    spentUsd: Math.max(d.cost_usd, jobCostTotal(db, d.id)),
  };
}

/** The datasets a run stopped on (cancelled, failed, partial, interrupted): what Resume offers. */
export function unfinishedDatasets(dbFile: string): SavedDataset[] {
  return savedDatasets(dbFile).filter((d) => d.state.next !== undefined);
}

function targetSizeOf(dataset: DatasetRow): number | undefined {
  try {
    const size = (JSON.parse(dataset.config ?? '{}') as { dataset_size?: unknown }).dataset_size;
    return typeof size === 'number' ? size : undefined;
  } catch {
    return undefined; // an unreadable stored config must not hide the dataset
  }
}

export function datasetSamples(dbFile: string, id: string): StoredSample[] {
  return withDatabase(dbFile, (db) => listSamples(db, id));
}

export function datasetFindings(dbFile: string, id: string): { findings: StoredFinding[]; samples: StoredSample[] } {
  return withDatabase(dbFile, (db) => ({ findings: listFindings(db, id), samples: listSamples(db, id) }));
}

/** A manual move to the other side, an exclusion, or null to undo the manual choice. */
export function overrideSplit(dbFile: string, datasetId: string, sampleId: string, split: Split | null): void {
  withDatabase(dbFile, (db) => setSplitOverride(db, datasetId, sampleId, split));
}

/** The stats of a dataset given by id, unique id prefix or name. */
export function datasetStats(dbFile: string, idOrName: string): DatasetStats {
  return withDatabase(dbFile, (db) => statsForDataset(db, findDataset(db, idOrName).id));
}

/** How many samples a dataset holds (what a cancelled or stopped run kept). */
export function keptSamples(dbFile: string, datasetId: string): number {
  return withDatabase(dbFile, (db) => countSamples(db, datasetId));
}
