// Use cases of re-splitting a saved dataset: the settings to start from, and the re-split itself
// (a backup first, then the same finalize a build runs, then the files written again).
import type { AppConfig } from '../config/schema.js';
import type { BuildResult, PipelineEvent } from '../pipeline/events.js';
import { resplitDataset, storedSplitSettings } from '../pipeline/resplit.js';
import { splitSettingsFrom, type SplitSettings } from '../split/settings.js';
import { findDataset, withDatabase, withDatabaseAsync } from '../store/access.js';
import type { LongWork } from '../types.js';
import { exportOptions } from './output-options.js';

/** The settings the dataset was last split with, else config.yaml's (split on: the user asked for one). */
export function splitBase(dbFile: string, idOrName: string, config: Pick<AppConfig, 'split'>): SplitSettings {
  const stored = withDatabase(dbFile, (db) => storedSplitSettings(db, findDataset(db, idOrName).id));
  return stored ?? { ...splitSettingsFrom(config), enabled: true };
}

export async function resplitSaved(
  request: { dbFile: string; idOrName: string; split: SplitSettings; outDir: string; config: Pick<AppConfig, 'output'> },
  work: LongWork<PipelineEvent> = {},
): Promise<BuildResult> {
  const { dbFile } = request;
  return withDatabaseAsync(dbFile, async (db) => {
    const dataset = findDataset(db, request.idOrName);
    const result = await resplitDataset(db, dbFile, dataset.id, {
      split: request.split,
      ...exportOptions(request.config, request.outDir),
      emit: work.onProgress,
    });
    // A re-split does not finish a run that stopped early: the dataset stays partial until resumed.
    const status: BuildResult['status'] = dataset.status === 'partial' ? 'partial' : 'complete';
    const stopReason = dataset.stop_reason ?? undefined;
    return { datasetId: dataset.id, name: dataset.name, status, stopReason, ...result, skipped: [], filesRead: 0, costUsd: dataset.cost_usd };
  });
}
