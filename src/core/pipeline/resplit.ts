// Re-splitting a saved dataset with other settings (backup first: the old split is overwritten).
import type { Db } from '../store/database.js';
import { backupUnlessUnchanged } from '../store/backup.js';
import { assertHealthy } from '../store/health.js';
import { requireDataset } from '../export/dataset-stats.js';
import { datasetTarget } from '../export/dataset-target.js';
import type { PipelineEvent } from './events.js';
import type { SplitSettings } from '../split/settings.js';
import { finalizeDataset, type FinalizeResult } from './finalize.js';

export async function resplitDataset(
  db: Db,
  dbFile: string,
  datasetId: string,
  options: { split: SplitSettings; outDir: string; includeCsv: boolean; includeStats: boolean; emit?: (e: PipelineEvent) => void },
): Promise<FinalizeResult> {
  assertHealthy(db, dbFile);
  const dataset = requireDataset(db, datasetId);
  // Skipped when the newest backup (e.g. the build's after-run one) already holds this very state.
  await backupUnlessUnchanged(db, dbFile, 'before-resplit');
  return finalizeDataset(db, datasetId, datasetTarget(dataset), {
    ...options,
    emit: options.emit ?? (() => {}),
  });
}

/** The split settings a dataset was last split with (or undefined for an old/unsplit dataset). */
export function storedSplitSettings(db: Db, datasetId: string): SplitSettings | undefined {
  const raw = requireDataset(db, datasetId).split_settings;
  if (!raw) return undefined;
  const { enabled, ratio, strategy, weightBy, seed } = JSON.parse(raw) as SplitSettings;
  return { enabled, ratio, strategy, weightBy, seed };
}
