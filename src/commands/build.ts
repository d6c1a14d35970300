// `ftdb build`: one headless run. Flags override config.yaml; progress on stderr, summary on stdout.
import type { DeepPartial } from '../core/config/load.js';
import { parseRatio, type AppConfig } from '../core/config/schema.js';
import { ConfigError } from '../core/errors.js';
import type { BuildResult } from '../core/pipeline/events.js';
import { parseCommandArgs, parseNumberFlag } from './args.js';
import { buildExitCode, printBuildSummary, buildJson } from './build-summary.js';
import { printJson } from './output.js';
import { createProgressLog } from './progress-log.js';
import { openWorkspace } from '../core/config/workspace.js';

export const USAGE =
  'ftdb build [--config FILE] [--provider P --model M --mode identify|create|hybrid|free --size N --input DIR --out DIR ' +
  '--db FILE --name NAME --split RATIO|none --strategy random|weighted --weight-by source|keywords --seed N ' +
  '--agent-provider P --agent-model M --max-cost USD --concurrency N --instructions TEXT --yes --json --quiet]';

const FLAGS = {
  config: { type: 'string' },
  provider: { type: 'string' },
  model: { type: 'string' },
  mode: { type: 'string' },
  size: { type: 'string' },
  input: { type: 'string' },
  out: { type: 'string' },
  db: { type: 'string' },
  name: { type: 'string' },
  split: { type: 'string' },
  strategy: { type: 'string' },
  'weight-by': { type: 'string' },
  seed: { type: 'string' },
  'agent-provider': { type: 'string' },
  'agent-model': { type: 'string' },
  'max-cost': { type: 'string' },
  concurrency: { type: 'string' },
  instructions: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  json: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof FLAGS>>['values'];

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('build', argv, FLAGS, USAGE);
  const workspace = openWorkspace(values, overridesFrom(values));
  const { runBuild } = await import('../core/pipeline/build.js');
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let result: BuildResult;
  try {
    result = await runBuild(
      { config: workspace.config, paths: workspace.paths, instructions: values.instructions, confirmed: values.yes ?? false },
      { signal: controller.signal, onProgress: createProgressLog(values.quiet) },
    );
  } finally {
    process.off('SIGINT', onSigint);
  }
  if (values.json) printJson(buildJson(result));
  else printBuildSummary(result, workspace.paths.cwd);
  return buildExitCode(result);
}

export function overridesFrom(values: Values): DeepPartial<AppConfig> {
  const split = splitOverride(values.split);
  return {
    provider: values.provider as AppConfig['provider'] | undefined,
    model: values.model,
    mode: values.mode as AppConfig['mode'] | undefined,
    dataset_size: parseNumberFlag('size', values.size, { integer: true }),
    output_name: values.name,
    split: {
      ...split,
      strategy: values.strategy as AppConfig['split']['strategy'] | undefined,
      weight_by: values['weight-by'] as AppConfig['split']['weight_by'] | undefined,
      seed: parseNumberFlag('seed', values.seed, { integer: true }),
    },
    system: {
      agentic_llm: values['agent-provider'] as AppConfig['system']['agentic_llm'] | undefined,
      agentic_model: values['agent-model'],
      max_cost: parseNumberFlag('max-cost', values['max-cost']),
      concurrency: parseNumberFlag('concurrency', values.concurrency, { integer: true }),
    },
  };
}

function splitOverride(value: string | undefined): DeepPartial<AppConfig['split']> {
  if (value === undefined) return {};
  if (value === 'none') return { enabled: false };
  const ratio = parseRatio(value);
  if (ratio === undefined) throw new ConfigError(`--split must be a ratio such as 90/10 or 0.9, or "none"; got "${value}".`);
  return { enabled: true, ratio };
}
