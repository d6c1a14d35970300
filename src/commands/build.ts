// `ftdb build`: one headless run. Flags override config.yaml; progress on stderr, summary on stdout.
import { buildDataset } from '../core/app/build.js';
import { ratioLabel } from '../core/app/views.js';
import { GENERATION_MODES, SPLIT_STRATEGIES, SPLIT_WEIGHTINGS } from '../core/choices.js';
import type { DeepPartial } from '../core/config/load.js';
import { AGENT_PROVIDERS, PROVIDERS, defaultConfig, parseRatio, type AppConfig } from '../core/config/schema.js';
import { openWorkspace } from '../core/config/workspace.js';
import { ConfigError } from '../core/errors.js';
import { parseCommandArgs, parseNumberFlag, type Flags } from './args.js';
import { CONFIG_FLAG, DB_FLAG, JSON_FLAG, OUT_FLAG, QUIET_FLAG } from './common-flags.js';
import { runAndReport } from './run-and-report.js';

export const USAGE = 'ftdb build [flags]  (every flag overrides config.yaml for this run)';

const list = (choices: readonly string[]) => choices.join('|');
/** The shipped defaults, shown in --help (a workspace's config.yaml may say otherwise). */
const D = defaultConfig();

export const FLAGS = {
  ...CONFIG_FLAG,
  provider: { type: 'string', value: list(PROVIDERS), help: 'fine-tuning target provider', defaultText: `${D.provider} (config.yaml provider)` },
  model: { type: 'string', value: 'MODEL', help: 'target model id or alias (see `ftdb models`)', defaultText: `${D.model} (config.yaml model)` },
  mode: { type: 'string', value: list(GENERATION_MODES), help: 'how samples are made', defaultText: `${D.mode} (config.yaml mode)` },
  size: { type: 'string', value: 'N', help: 'how many samples to aim for', defaultText: `${D.dataset_size} (config.yaml dataset_size)` },
  input: { type: 'string', value: 'DIR', help: 'the folder of documents to read', defaultText: `${D.input_dir} (config.yaml input_dir)` },
  ...OUT_FLAG,
  ...DB_FLAG,
  name: { type: 'string', value: 'NAME', help: 'dataset name, used for the output files', defaultText: `${D.output_name} (config.yaml output_name)` },
  split: { type: 'string', value: 'RATIO|none', help: 'train/validation split such as 90/10 or 0.9, or none', defaultText: `${ratioLabel(D.split.ratio)} (config.yaml split.ratio)` },
  strategy: { type: 'string', value: list(SPLIT_STRATEGIES), help: 'how samples are assigned to the sides', defaultText: `${D.split.strategy} (config.yaml split.strategy)` },
  'weight-by': { type: 'string', value: list(SPLIT_WEIGHTINGS), help: 'what a weighted split keeps in proportion', defaultText: `${D.split.weight_by} (config.yaml split.weight_by)` },
  seed: { type: 'string', value: 'N', help: 'split seed (same data and seed give the same split)', defaultText: `${D.split.seed} (config.yaml split.seed)` },
  'agent-provider': { type: 'string', value: list(AGENT_PROVIDERS), help: 'who writes samples in paid modes', defaultText: `${D.system.agentic_llm} (AGENT_PROVIDER, else config.yaml)` },
  'agent-model': { type: 'string', value: 'MODEL', help: 'the agent LLM model', defaultText: `${D.system.agentic_model} (AGENT_MODEL, else config.yaml)` },
  'max-cost': { type: 'string', value: 'USD', help: 'stop the run at this agent cost', defaultText: `${D.system.max_cost} (config.yaml system.max_cost)` },
  concurrency: { type: 'string', value: 'N', help: 'agent requests in flight at once', defaultText: `${D.system.concurrency} (config.yaml system.concurrency)` },
  instructions: { type: 'string', value: 'TEXT', help: 'free mode: what to write', defaultText: 'prompts/free_mode/prompt.txt' },
  'line-format': { type: 'string', value: 'messages|prompt-completion|text', help: 'line format for targets that take several (Together, TRL)', defaultText: "the target's default (config.yaml output.line_format)" },
  'allow-retired': { type: 'boolean', help: 'build for a target past its shutdown date (if you still have access)' },
  batch: { type: 'boolean', help: "paid modes: send the requests through the provider's batch API (half price, results within 24 h)" },
  yes: { type: 'boolean', short: 'y', help: "accept a paid mode's cost estimate without asking" },
  ...JSON_FLAG,
  ...QUIET_FLAG,
} as const satisfies Flags;

/** The config key each value flag sets: a refused value is reported under the flag's name. */
const CONFIG_KEY_OF: Partial<Record<keyof typeof FLAGS, string>> = {
  provider: 'provider',
  model: 'model',
  mode: 'mode',
  size: 'dataset_size',
  name: 'output_name',
  split: 'split.ratio',
  strategy: 'split.strategy',
  'weight-by': 'split.weight_by',
  seed: 'split.seed',
  'agent-provider': 'system.agentic_llm',
  'agent-model': 'system.agentic_model',
  'max-cost': 'system.max_cost',
  concurrency: 'system.concurrency',
  'line-format': 'output.line_format',
};

type Values = ReturnType<typeof parseCommandArgs<typeof FLAGS>>['values'];

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('build', argv, FLAGS, USAGE);
  const workspace = openWorkspace(values, overridesFrom(values), process.cwd(), flagNamesOf(values));
  const { config, paths } = workspace;
  return runAndReport(
    (work) => buildDataset({ config, paths, instructions: values.instructions, confirmed: values.yes ?? false, allowRetired: values['allow-retired'] ?? false }, work),
    { json: values.json, quiet: values.quiet, dbFile: paths.dbFile, cwd: paths.cwd },
  );
}

function flagNamesOf(values: Values): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [flag, key] of Object.entries(CONFIG_KEY_OF)) if (values[flag as keyof Values] !== undefined) names[key] = `--${flag}`;
  return names;
}

function overridesFrom(values: Values): DeepPartial<AppConfig> {
  const split = splitOverride(values.split);
  const size = parseNumberFlag('size', values.size, { integer: true });
  return {
    provider: values.provider as AppConfig['provider'] | undefined,
    model: values.model,
    mode: values.mode as AppConfig['mode'] | undefined,
    dataset_size: size,
    // --size is a size the user set: identify keeps at most that many (otherwise all it finds).
    ...(size === undefined ? {} : { agent: { identify: { max_samples: size } } }),
    output_name: values.name,
    output: { line_format: values['line-format'] as AppConfig['output']['line_format'] },
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
      batch: values.batch,
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
