// Use case of writing a saved dataset again (byte-identical JSONL for the same data and split). It
// reports what a build reports, rebuilt from what is stored; like a re-split it reads no input files,
// so `skipped` is empty and `filesRead` is 0.
import type { AppConfig } from '../config/schema.js';
import { statsForDataset } from '../export/dataset-stats.js';
import { exportDataset } from '../export/export-dataset.js';
import { findDataset, withDatabase } from '../store/access.js';
import { listSamples } from '../store/samples.js';
import type { DatasetOutcome } from './json.js';
import { exportOptions, type ExportChoices } from './output-options.js';

export function exportSaved(request: {
  dbFile: string;
  idOrName: string;
  outDir: string;
  config: Pick<AppConfig, 'output'>;
  /** --format, --license, --with-metadata (or the menu's choices); config.output fills the rest. */
  choices?: ExportChoices;
}): DatasetOutcome {
  return withDatabase(request.dbFile, (db) => {
    const dataset = findDataset(db, request.idOrName);
    // Read once for the files and the summary.
    const samples = listSamples(db, dataset.id);
    const files = exportDataset(db, dataset.id, exportOptions(request.config, request.outDir, request.choices ?? {}), { samples });
    const { counts, findings } = statsForDataset(db, dataset.id, samples);
    return {
      datasetId: dataset.id,
      name: dataset.name,
      samples: dataset.total_samples ?? 0,
      excluded: counts.excluded,
      files,
      skipped: [],
      filesRead: 0,
      costUsd: dataset.cost_usd,
      findings: { errors: findings.errors, warnings: findings.warnings, byRule: findings.by_rule },
      datasetErrors: findings.items.filter((f) => f.severity === 'error' && !f.sampleId).map((f) => f.message),
      split: counts.validation > 0 ? { train: counts.train, validation: counts.validation } : undefined,
    };
  });
}
