// The fine-tuning target registry: the packaged data files (registry/*.json) plus an optional
// targets.yaml in the working folder that adds or overrides targets, both checked with zod.
import { PROVIDERS } from '../config/schema.js';
import { ConfigError } from '../errors.js';
import amazon from './registry/amazon.json' with { type: 'json' };
import anthropic from './registry/anthropic.json' with { type: 'json' };
import google from './registry/google.json' with { type: 'json' };
import llama from './registry/llama.json' with { type: 'json' };
import mistral from './registry/mistral.json' with { type: 'json' };
import open from './registry/open.json' with { type: 'json' };
import openai from './registry/openai.json' with { type: 'json' };
import type { LineFormatChoice } from '../choices.js';
import { withLineFormat } from './format.js';
import { isRetired } from './lifecycle.js';
import { describeIssues, targetSchema } from './target-schema.js';
import type { TargetModel, TargetProvider } from './types.js';
import { loadUserTargets, mergeTargets } from './user-targets.js';

export const TARGET_PROVIDERS: readonly TargetProvider[] = PROVIDERS;

const PACKAGED: Record<TargetProvider, unknown[]> = { openai, anthropic, google, mistral, llama, amazon, open };

/** Preferred default per provider, the first usable one when it is retired. */
const DEFAULT_MODEL: Record<TargetProvider, string> = {
  openai: 'gpt-4o-mini-2024-07-18',
  anthropic: 'anthropic.claude-3-haiku-20240307-v1:0',
  google: 'gemini-3.5-flash',
  mistral: 'open-mistral-7b',
  llama: 'llama-3.1-8b-together',
  amazon: 'amazon.nova-2-lite-v1:0',
  open: 'qwen3-8b-together',
};

/** Other names people use for a provider. */
const PROVIDER_ALIASES: Record<string, TargetProvider> = {
  bedrock: 'anthropic',
  claude: 'anthropic',
  gemini: 'google',
  vertex: 'google',
  meta: 'llama',
  nova: 'amazon',
  'open-weight': 'open',
  together: 'open',
  fireworks: 'open',
  trl: 'open',
  huggingface: 'open',
  hf: 'open',
};

let cache: { cwd: string; models: TargetModel[] } | undefined;

function packagedTargets(): TargetModel[] {
  return TARGET_PROVIDERS.flatMap((provider) =>
    PACKAGED[provider].map((raw, i) => {
      const parsed = targetSchema.safeParse(raw);
      // A broken packaged file is our bug, not the user's: fail loudly with the key.
      if (!parsed.success) throw new Error(`registry/${provider}.json: ${describeIssues(parsed.error, `[${i}]`)}`);
      return parsed.data;
    }),
  );
}

/** Every target: packaged ones with the working folder's targets.yaml applied (read once per folder). */
function allTargets(): TargetModel[] {
  const cwd = process.cwd();
  if (cache?.cwd !== cwd) cache = { cwd, models: mergeTargets(packagedTargets(), loadUserTargets(cwd)) };
  return cache.models;
}

/** Forgets the loaded registry (tests, or after targets.yaml changed). */
export function reloadTargets(): void {
  cache = undefined;
}

/** Targets a dataset can be built for today; includeRetired adds those past their cut-off. */
export function listTargets(provider?: TargetProvider, options: { includeRetired?: boolean; today?: string } = {}): TargetModel[] {
  return allTargets().filter((m) => (!provider || m.provider === provider) && (options.includeRetired || !isRetired(m, options.today)));
}

export function defaultModelFor(provider: TargetProvider): TargetModel {
  const all = listTargets(provider, { includeRetired: true });
  const preferred = findModel(all, DEFAULT_MODEL[provider]);
  const usable = listTargets(provider);
  return preferred && !isRetired(preferred) ? preferred : (usable[0] ?? preferred ?? all[0]);
}

/** The model to preselect for a provider: the wanted one if the provider offers it today, else its default. */
export function modelFor(provider: TargetProvider, wanted: string | undefined): string {
  return (wanted ? findModel(listTargets(provider), wanted)?.id : undefined) ?? defaultModelFor(provider).id;
}

/** Finds a target by provider and model id or alias (case-insensitive); unknown names are a ConfigError. */
export function resolveTarget(provider: string, model: string): TargetModel {
  const known = resolveProvider(provider);
  const all = listTargets(undefined, { includeRetired: true });
  const mine = all.filter((m) => m.provider === known);
  const found = findModel(mine, model);
  if (found) return found;
  const elsewhere = TARGET_PROVIDERS.find((p) => p !== known && findModel(all.filter((m) => m.provider === p), model));
  const list = listTargets(known)
    .map((m) => (m.aliases.length ? `${m.id} (${shortest(m.aliases)})` : m.id))
    .join('; ');
  throw new ConfigError(
    `Unknown ${known} model "${model}".`,
    `${elsewhere ? `"${model}" is a ${elsewhere} model: use --provider ${elsewhere}. ` : ''}Known ${known} models: ${list || 'none usable today'}.`,
  );
}

/** The target a config asks for: provider, model and the output line format. */
export function resolveConfiguredTarget(config: { provider: string; model: string; output?: { line_format?: LineFormatChoice } }): TargetModel {
  return withLineFormat(resolveTarget(config.provider, config.model), config.output?.line_format);
}

/** A provider name or alias (bedrock, claude, gemini, vertex, meta, nova, together...) → provider; unknown is a ConfigError. */
export function resolveProvider(provider: string): TargetProvider {
  const key = provider.trim().toLowerCase();
  const known = (TARGET_PROVIDERS as readonly string[]).includes(key) ? (key as TargetProvider) : PROVIDER_ALIASES[key];
  if (!known) throw new ConfigError(`Unknown fine-tuning provider "${provider}".`, `Known providers: ${TARGET_PROVIDERS.join(', ')}.`);
  return known;
}

function findModel(models: TargetModel[], name: string): TargetModel | undefined {
  const wanted = name.trim().toLowerCase();
  return models.find((m) => m.id.toLowerCase() === wanted || m.aliases.some((a) => a.toLowerCase() === wanted));
}

function shortest(aliases: string[]): string {
  return [...aliases].sort((a, b) => a.length - b.length)[0];
}
