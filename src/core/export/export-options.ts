// Export options from config.yaml's output section and the user's choices (flags or menu), checked.
import type { AppConfig } from '../config/schema.js';
import type { ExportOptions } from './export-dataset.js';
import { requireFormats } from './formats.js';
import { requireHubLicense } from './hub-licenses.js';

export interface ExportChoices {
  /** "jsonl", "parquet" or "jsonl,parquet"; default output.format. */
  format?: string;
  /** A Hub license id for the card; default output.license. */
  license?: string;
  withMetadata?: boolean;
}

export function exportOptionsFrom(outDir: string, config: AppConfig, choices: ExportChoices = {}): ExportOptions & { formats: NonNullable<ExportOptions['formats']> } {
  return {
    outDir,
    includeCsv: config.output.include_csv,
    includeStats: config.output.include_stats,
    formats: requireFormats(choices.format ?? config.output.format, choices.format !== undefined ? '--format' : 'output.format'),
    license: choices.license !== undefined ? requireHubLicense(choices.license) : config.output.license,
    withMetadata: choices.withMetadata ?? false,
  };
}
