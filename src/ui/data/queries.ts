// Reads and small writes on the dataset store for the screens (each call opens and closes the database).
import { findDataset, withDatabase, withDatabaseAsync } from '../../core/store/access.js';
import { statsForDataset } from '../../core/export/dataset-stats.js';
import { exportDataset, type ExportFiles, type ExportOptions } from '../../core/export/export-dataset.js';
import type { DatasetStats } from '../../core/export/stats.js';
import type { SplitSettings } from '../../core/pipeline/finalize.js';
import { resplitDataset, storedSplitSettings } from '../../core/pipeline/resplit.js';
import { listDatasets, type DatasetRow } from '../../core/store/datasets.js';
import { listFindings, type StoredFinding } from '../../core/store/runs.js';
import { countSamples, listSamples, setSplitOverride, type StoredSample } from '../../core/store/samples.js';
import type { Split } from '../../core/types.js';
import type { PublishResult } from '../../core/publish/publish-dataset.js';
import type { PublishChoices, PublishWorkspace } from '../../core/publish/publish-options.js';

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

export async function resplit(dbFile: string, id: string, split: SplitSettings, output: { outDir: string; includeCsv: boolean; includeStats: boolean }) {
  return withDatabaseAsync(dbFile, (db) => resplitDataset(db, dbFile, id, { split, ...output }));
}

export function exportStored(dbFile: string, id: string, output: ExportOptions): ExportFiles {
  return withDatabase(dbFile, (db) => exportDataset(db, id, output));
}

/** The newest dataset whose run did not finish (the one a cancel or a stop just left), with its sample count. */
export function keptSamples(dbFile: string, datasetId: string): number {
  return withDatabase(dbFile, (db) => countSamples(db, datasetId));
}

/** Publishes through core (loaded on demand: the Hub client is only needed here). */
export async function publishToHub(workspace: PublishWorkspace, choices: PublishChoices): Promise<PublishResult> {
  const [{ publishDataset }, { publishRequest }] = await Promise.all([import('../../core/publish/publish-dataset.js'), import('../../core/publish/publish-options.js')]);
  return publishDataset(publishRequest(workspace, choices));
}
