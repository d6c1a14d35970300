// The answers of the Configure wizard: preselected from remembered preferences (else config.yaml),
// and turned back into the session's config and the preferences to remember.
import type { Preferences } from '../../../core/config/preferences.js';
import { AGENT_PROVIDERS, type AppConfig } from '../../../core/config/schema.js';
import { TARGET_PROVIDERS, defaultModelFor, listTargets } from '../../../core/targets/registry.js';
import type { TargetProvider } from '../../../core/targets/types.js';
import { GENERATION_MODES, MODE_NEEDS, oneOf, type GenerationMode } from '../../../core/choices.js';
import type { AgentProvider } from './agent-info.js';
import type { SplitChoice } from './SplitStep.js';

export interface ConfigureDraft {
  provider: TargetProvider;
  model: string;
  mode: GenerationMode;
  size: number;
  agentProvider: AgentProvider;
  agentModel: string;
  split: SplitChoice;
  /** output_name: the dataset's name and its folder under output_datasets/. */
  outputName: string;
}

/** The model to preselect for a provider: the wanted one if the provider has it, else its default. */
export function modelFor(provider: TargetProvider, wanted: string | undefined): string {
  const models = listTargets(provider);
  const w = wanted?.toLowerCase();
  const found = models.find((m) => m.id.toLowerCase() === w || m.aliases.some((a) => a.toLowerCase() === w));
  return found?.id ?? defaultModelFor(provider).id;
}

/** Preferences win until the user configured in this session; then the session's config is the default. */
export function draftDefaults(config: AppConfig, prefs: Preferences, configuredNow: boolean): ConfigureDraft {
  const p: Preferences = configuredNow ? {} : prefs;
  const provider = oneOf(TARGET_PROVIDERS, p.provider) ?? config.provider;
  const agentProvider = oneOf(AGENT_PROVIDERS, p.agentProvider) ?? config.system.agentic_llm;
  return {
    provider,
    model: modelFor(provider, p.model ?? config.model),
    mode: oneOf(GENERATION_MODES, p.mode) ?? config.mode,
    size: p.datasetSize && p.datasetSize > 0 ? p.datasetSize : config.dataset_size,
    agentProvider,
    agentModel: (p.agentProvider === agentProvider && p.agentModel) || config.system.agentic_model,
    split: { enabled: config.split.enabled, ratio: config.split.ratio },
    outputName: config.output_name,
  };
}

export function applyDraft(config: AppConfig, d: ConfigureDraft): AppConfig {
  return {
    ...config,
    provider: d.provider,
    model: d.model,
    mode: d.mode,
    dataset_size: d.size,
    output_name: d.outputName,
    split: { ...config.split, enabled: d.split.enabled, ratio: d.split.ratio },
    system: { ...config.system, agentic_llm: d.agentProvider, agentic_model: d.agentModel },
  };
}

export function preferencesOf(d: ConfigureDraft): Preferences {
  return { provider: d.provider, model: d.model, mode: d.mode, datasetSize: d.size, agentProvider: d.agentProvider, agentModel: d.agentModel };
}

export function needsAgent(mode: GenerationMode): boolean {
  return MODE_NEEDS[mode].agent;
}
