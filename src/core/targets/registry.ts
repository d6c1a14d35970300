// The fine-tuning target registry: every supported provider/model with its limits, as data.
import { ConfigError } from '../errors.js';
import { ANTHROPIC_MODELS } from './models/anthropic.js';
import { GOOGLE_MODELS } from './models/google.js';
import { LLAMA_MODELS } from './models/llama.js';
import { MISTRAL_MODELS } from './models/mistral.js';
import { OPENAI_MODELS } from './models/openai.js';
import type { TargetModel, TargetProvider } from './types.js';

export const TARGET_PROVIDERS: readonly TargetProvider[] = ['openai', 'anthropic', 'google', 'mistral', 'llama'];

const MODELS: Record<TargetProvider, TargetModel[]> = {
  openai: OPENAI_MODELS,
  anthropic: ANTHROPIC_MODELS,
  google: GOOGLE_MODELS,
  mistral: MISTRAL_MODELS,
  llama: LLAMA_MODELS,
};

const DEFAULT_MODEL: Record<TargetProvider, string> = {
  openai: 'gpt-4o-mini-2024-07-18',
  anthropic: 'anthropic.claude-3-haiku-20240307-v1:0',
  google: 'gemini-2.5-flash',
  mistral: 'open-mistral-7b',
  llama: 'llama-3.1-8b-together',
};

/** Other names people use for a provider. */
const PROVIDER_ALIASES: Record<string, TargetProvider> = {
  bedrock: 'anthropic',
  claude: 'anthropic',
  gemini: 'google',
  vertex: 'google',
  meta: 'llama',
};

export function listTargets(provider?: TargetProvider): TargetModel[] {
  return provider ? [...MODELS[provider]] : TARGET_PROVIDERS.flatMap((p) => MODELS[p]);
}

export function defaultModelFor(provider: TargetProvider): TargetModel {
  return findModel(MODELS[provider], DEFAULT_MODEL[provider])!;
}

/** Finds a target by provider and model id or alias (case-insensitive); unknown names are a ConfigError. */
export function resolveTarget(provider: string, model: string): TargetModel {
  const known = resolveProvider(provider);
  const found = findModel(MODELS[known], model);
  if (found) return found;
  const elsewhere = TARGET_PROVIDERS.find((p) => p !== known && findModel(MODELS[p], model));
  const list = MODELS[known].map((m) => (m.aliases.length ? `${m.id} (${m.aliases.join(', ')})` : m.id)).join('; ');
  throw new ConfigError(
    `Unknown ${known} model "${model}".`,
    `${elsewhere ? `"${model}" is a ${elsewhere} model: use --provider ${elsewhere}. ` : ''}Known ${known} models: ${list}.`,
  );
}

/** A provider name or alias (bedrock, claude, gemini, vertex, meta) → provider; unknown is a ConfigError. */
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
