// Reads and small writes on the dataset store for the screens (each call opens and closes the database).
import { findDataset, withDatabase, withDatabaseAsync } from '../../core/store/access.js';
import { statsForDataset } from '../../core/export/dataset-stats.js';
import { exportDataset, type ExportFiles } from '../../core/export/export-dataset.js';
import type { DatasetStats } from '../../core/export/stats.js';
import type { PipelineEvent } from '../../core/pipeline/events.js';
import type { SplitSettings } from '../../core/pipeline/finalize.js';
import { resplitDataset, storedSplitSettings } from '../../core/pipeline/resplit.js';
import { listDatasets, type DatasetRow } from '../../core/store/datasets.js';
import { listFindings, type StoredFinding } from '../../core/store/runs.js';
import { countSamples, listSamples, setSplitOverride, type StoredSample } from '../../core/store/samples.js';
import type { Split } from '../../core/types.js';

export function savedDatasets(dbFile: string): DatasetRow[] {
  return withDatabase(dbFile, listDatasets);
}

export function datasetById(dbFile: string, id: string): DatasetRow {
  return withDatabase(dbFile, (db) => findDataset(db, id));
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

export function datasetStats(dbFile: string, id: string): DatasetStats {
  return withDatabase(dbFile, (db) => statsForDataset(db, id));
}

/** The split settings the dataset was last split with, if any. */
export function lastSplitSettings(dbFile: string, id: string): SplitSettings | undefined {
  return withDatabase(dbFile, (db) => storedSplitSettings(db, id));
}

export async function resplit(
  dbFile: string,
  id: string,
  split: SplitSettings,
  output: { outDir: string; includeCsv: boolean; includeStats: boolean },
  emit?: (event: PipelineEvent) => void,
) {
  return withDatabaseAsync(dbFile, (db) => resplitDataset(db, dbFile, id, { split, ...output, emit }));
}

export function exportStored(dbFile: string, id: string, output: { outDir: string; includeCsv: boolean; includeStats: boolean }): ExportFiles {
  return withDatabase(dbFile, (db) => exportDataset(db, id, output));
}

/** The newest dataset whose run did not finish (the one a cancel or a stop just left), with its sample count. */
export function keptSamples(dbFile: string, datasetId: string): number {
  return withDatabase(dbFile, (db) => countSamples(db, datasetId));
}
