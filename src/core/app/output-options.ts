// Where and what a dataset is written as: the output folder plus config.output's switches.
import type { AppConfig } from '../config/schema.js';
import type { ExportOptions } from '../export/export-dataset.js';

export function exportOptions(config: Pick<AppConfig, 'output'>, outDir: string): ExportOptions {
  return { outDir, includeCsv: config.output.include_csv, includeStats: config.output.include_stats };
}
