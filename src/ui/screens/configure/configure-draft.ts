// The answers of the Configure wizard: preselected from the folder's settings, and turned back into
// the config written to config.yaml and the preferences remembered as defaults for new folders.
import type { Preferences } from '../../../core/config/preferences.js';
import type { AppConfig } from '../../../core/config/schema.js';
import { modelFor } from '../../../core/targets/registry.js';
import type { TargetProvider } from '../../../core/targets/types.js';
import { MODE_NEEDS, type GenerationMode } from '../../../core/choices.js';
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

/** The wizard starts from the folder's settings (config.yaml; preferences only for a folder without one). */
export function draftDefaults(config: AppConfig): ConfigureDraft {
  return {
    provider: config.provider,
    model: modelFor(config.provider, config.model),
    mode: config.mode,
    size: config.dataset_size,
    agentProvider: config.system.agentic_llm,
    agentModel: config.system.agentic_model,
    split: { enabled: config.split.enabled, ratio: config.split.ratio },
    outputName: config.output_name,
  };
}

export function applyDraft(config: AppConfig, d: ConfigureDraft): AppConfig {
  return {
    ...config,
    provider: d.provider,
    // an alias of the same model ("gpt-4o-mini") stays as written, so config.yaml and the header keep it
    model: d.provider === config.provider && modelFor(config.provider, config.model) === d.model ? config.model : d.model,
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
