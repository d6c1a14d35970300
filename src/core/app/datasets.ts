// Use cases on saved datasets for both faces: list, look up, stats, samples, findings, manual overrides.
// Each call opens the database, does one thing and closes it again (the store is a single SQLite file).
import { statsForDataset } from '../export/dataset-stats.js';
import type { DatasetStats } from '../export/stats.js';
import { findDataset, withDatabase } from '../store/access.js';
import { listDatasets, type DatasetRow } from '../store/datasets.js';
import { datasetState, type DatasetState } from '../store/dataset-state.js';
import { listFindings, type StoredFinding } from '../store/runs.js';
import { countSamples, listSamples, setSplitOverride, type StoredSample } from '../store/samples.js';
import type { Split } from '../types.js';

/** A saved dataset with the status a user sees (a run whose process died shows as interrupted). */
export type SavedDataset = DatasetRow & { state: DatasetState };

export function savedDatasets(dbFile: string): SavedDataset[] {
  return withDatabase(dbFile, (db) => listDatasets(db).map((d) => ({ ...d, state: datasetState(db, d) })));
}

/** A dataset by id, unique id prefix or name; an unknown one is a usage error (exit 2). */
export function datasetById(dbFile: string, idOrName: string): DatasetRow {
  return withDatabase(dbFile, (db) => findDataset(db, idOrName));
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
