// `ftdb split ID`: re-split a saved dataset with another ratio/strategy/seed and export again.
import { datasetJson } from '../core/app/json.js';
import { resplitSaved, splitBase } from '../core/app/resplit.js';
import type { SplitSettings } from '../core/app/types.js';
import { describeSplit, splitReportNotes } from '../core/app/views.js';
import { SPLIT_STRATEGIES, SPLIT_WEIGHTINGS, oneOf } from '../core/choices.js';
import { parseRatio } from '../core/config/schema.js';
import { openWorkspace } from '../core/config/workspace.js';
import { ConfigError } from '../core/errors.js';
import { parseCommandArgs, parseNumberFlag, requireOne, type Flags } from './args.js';
import { CONFIG_FLAG, DB_FLAG, JSON_FLAG, OUT_FLAG, QUIET_FLAG } from './common-flags.js';
import { printJson, printLine } from './output.js';
import { createProgressLog } from './progress-log.js';

export const USAGE =
  'ftdb split ID [--split 80/20|none] [--strategy random|weighted] [--weight-by source|keywords] [--seed N] [--out DIR] [--db FILE] [--json]';

const KEPT = 'the last split, else config.yaml';
export const FLAGS = {
  split: { type: 'string', value: 'RATIO|none', help: 'train/validation split such as 80/20 or 0.8, or none', defaultText: KEPT },
  ratio: { type: 'string', value: 'RATIO', help: 'the same as --split', defaultText: KEPT },
  strategy: { type: 'string', value: SPLIT_STRATEGIES.join('|'), help: 'how samples are assigned to the sides', defaultText: KEPT },
  'weight-by': { type: 'string', value: SPLIT_WEIGHTINGS.join('|'), help: 'what a weighted split keeps in proportion', defaultText: KEPT },
  seed: { type: 'string', value: 'N', help: 'split seed (same data and seed give the same split)', defaultText: KEPT },
  ...OUT_FLAG,
  ...DB_FLAG,
  ...CONFIG_FLAG,
  ...JSON_FLAG,
  ...QUIET_FLAG,
} as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('split', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths, config } = openWorkspace(values);
  const settings = settingsFrom(values, splitBase(paths.dbFile, id, config));
  const result = await resplitSaved(
    { dbFile: paths.dbFile, idOrName: id, split: settings, outDir: paths.outputDir, config },
    { onProgress: createProgressLog(values.quiet || values.json) },
  );
  if (values.json) printJson(datasetJson(result));
  else {
    printLine(`Re-split ${result.datasetId} "${result.name}": ${describeSplit(settings)}`);
    if (result.split) printLine(`  train ${result.split.train}, validation ${result.split.validation}, moved for leakage ${result.split.leakage.movedSamples}`);
    for (const note of result.split ? splitReportNotes(result.split) : []) printLine(`  ${note}`);
    for (const file of Object.values(result.files)) if (file) printLine(`  ${file}`);
  }
  return 0;
}

type Values = ReturnType<typeof parseCommandArgs<typeof FLAGS>>['values'];

const quoted = (choices: readonly string[]) => choices.map((c) => `"${c}"`).join(', ');

function settingsFrom(values: Values, base: SplitSettings): SplitSettings {
  const raw = values.split ?? values.ratio;
  if (raw === 'none') return { ...base, enabled: false };
  const ratio = raw === undefined ? base.ratio : parseRatio(raw);
  if (ratio === undefined || !(ratio > 0 && ratio < 1)) throw new ConfigError(`--split must be a ratio such as 80/20 or 0.8, got "${raw}".`);
  const strategy = oneOf(SPLIT_STRATEGIES, values.strategy ?? base.strategy);
  if (!strategy) throw new ConfigError(`--strategy must be one of ${quoted(SPLIT_STRATEGIES)}.`);
  const weightBy = oneOf(SPLIT_WEIGHTINGS, values['weight-by'] ?? base.weightBy);
  if (!weightBy) throw new ConfigError(`--weight-by must be one of ${quoted(SPLIT_WEIGHTINGS)}.`);
  const seed = parseNumberFlag('seed', values.seed, { integer: true }) ?? base.seed;
  return { enabled: true, ratio, strategy, weightBy, seed };
}
