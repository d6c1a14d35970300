// Where and what a dataset is written as: the output folder plus config.output's switches, and the
// user's export choices (flags or menu) checked against what an export can write.
import type { AppConfig } from '../config/schema.js';
import type { ExportOptions } from '../export/export-dataset.js';
import { requireFormats } from '../export/formats.js';
import { requireHubLicense } from '../export/hub-licenses.js';

export interface ExportChoices {
  /** "jsonl", "parquet" or "jsonl,parquet"; default output.format. */
  format?: string;
  /** A Hub license id for the card; default output.license. */
  license?: string;
  withMetadata?: boolean;
}

/**
 * Without `choices` (a build's or a re-split's own export) the formats and license stay those the
 * dataset was built with; with them (an explicit export or publish) config.output fills what is not chosen.
 */
export function exportOptions(config: Pick<AppConfig, 'output'>, outDir: string, choices?: ExportChoices): ExportOptions {
  const base = { outDir, includeCsv: config.output.include_csv, includeStats: config.output.include_stats };
  if (!choices) return base;
  return {
    ...base,
    formats: requireFormats(choices.format ?? config.output.format, choices.format !== undefined ? '--format' : 'output.format'),
    license: choices.license !== undefined ? requireHubLicense(choices.license) : config.output.license,
    withMetadata: choices.withMetadata ?? false,
  };
}
