// `ftdb split ID`: re-split a saved dataset with another ratio/strategy/seed and export again.
import { ConfigError } from '../core/errors.js';
import { parseRatio } from '../core/config/schema.js';
import { describeSplit, type SplitSettings } from '../core/pipeline/finalize.js';
import { resplitDataset, storedSplitSettings } from '../core/pipeline/resplit.js';
import { splitReportNotes } from '../core/split/report-notes.js';
import type { BuildResult } from '../core/pipeline/events.js';
import { parseCommandArgs, parseNumberFlag, requireOne } from './args.js';
import { buildJson } from './build-summary.js';
import { findDataset, withDatabaseAsync } from '../core/store/access.js';
import { printJson, printLine } from './output.js';
import { createProgressLog } from './progress-log.js';
import { openWorkspace } from '../core/config/workspace.js';

export const USAGE =
  'ftdb split ID [--split 80/20|none] [--strategy random|weighted] [--weight-by source|keywords] [--seed N] [--out DIR] [--db FILE] [--json]';

const FLAGS = {
  split: { type: 'string' },
  ratio: { type: 'string' },
  strategy: { type: 'string' },
  'weight-by': { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  db: { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('split', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths, config } = openWorkspace(values);
  return withDatabaseAsync(paths.dbFile, async (db) => {
    const dataset = findDataset(db, id);
    const previous = storedSplitSettings(db, dataset.id);
    const settings = settingsFrom(values, previous ?? {
      enabled: true,
      ratio: config.split.ratio,
      strategy: config.split.strategy,
      weightBy: config.split.weight_by,
      seed: config.split.seed,
    });
    const result = await resplitDataset(db, paths.dbFile, dataset.id, {
      split: settings,
      outDir: paths.outputDir,
      includeCsv: config.output.include_csv,
      includeStats: config.output.include_stats,
      emit: createProgressLog(values.quiet || values.json),
    });
    const outcome: BuildResult['status'] = dataset.status === 'partial' ? 'partial' : 'complete';
    const full: BuildResult = { datasetId: dataset.id, name: dataset.name, status: outcome, stopReason: dataset.stop_reason ?? undefined, ...result, skipped: [], filesRead: 0, costUsd: dataset.cost_usd };
    if (values.json) printJson(buildJson(full));
    else {
      printLine(`Re-split ${dataset.id} "${dataset.name}": ${describeSplit(settings)}`);
      if (result.split) printLine(`  train ${result.split.train}, validation ${result.split.validation}, moved for leakage ${result.split.leakage.movedSamples}`);
      for (const note of result.split ? splitReportNotes(result.split) : []) printLine(`  ${note}`);
      for (const file of Object.values(result.files)) if (file) printLine(`  ${file}`);
    }
    return 0;
  });
}

type Values = ReturnType<typeof parseCommandArgs<typeof FLAGS>>['values'];

function settingsFrom(values: Values, base: SplitSettings): SplitSettings {
  const raw = values.split ?? values.ratio;
  if (raw === 'none') return { ...base, enabled: false };
  const ratio = raw === undefined ? base.ratio : parseRatio(raw);
  if (ratio === undefined || !(ratio > 0 && ratio < 1)) throw new ConfigError(`--split must be a ratio such as 80/20 or 0.8, got "${raw}".`);
  const strategy = values.strategy ?? base.strategy;
  if (strategy !== 'random' && strategy !== 'weighted') throw new ConfigError('--strategy must be one of "random", "weighted".');
  const weightBy = values['weight-by'] ?? base.weightBy;
  if (weightBy !== 'source' && weightBy !== 'keywords') throw new ConfigError('--weight-by must be one of "source", "keywords".');
  const seed = parseNumberFlag('seed', values.seed, { integer: true }) ?? base.seed;
  return { enabled: true, ratio, strategy, weightBy, seed };
}
