// One source of settings per folder: its config.yaml. Machine-wide preferences (conf) only fill in
// the defaults of a folder that has no config.yaml yet; Configure writes its answers to config.yaml,
// so the header, the wizard, Settings and Generate all read the same values, before and after a restart.
import { oneOf, GENERATION_MODES } from '../choices.js';
import type { Preferences } from '../config/preferences.js';
import { AGENT_PROVIDERS, type AppConfig } from '../config/schema.js';
import { updateConfigFile, type ConfigUpdate, type ConfigValue } from '../config/write-config.js';
import type { Workspace } from '../config/workspace.js';
import { TARGET_PROVIDERS, modelFor } from '../targets/registry.js';

/** Whether the folder has its own config.yaml (else the packaged default was read). */
function hasOwnConfig(workspace: Workspace): boolean {
  return workspace.configFile === workspace.paths.configFile;
}

/** The settings the menu works with: config.yaml's, with preferences as defaults only for a new folder. */
export function folderSettings(workspace: Workspace, prefs: Preferences): AppConfig {
  const config = workspace.config;
  if (hasOwnConfig(workspace)) return config;
  const provider = oneOf(TARGET_PROVIDERS, prefs.provider) ?? config.provider;
  const agentProvider = oneOf(AGENT_PROVIDERS, prefs.agentProvider) ?? config.system.agentic_llm;
  return {
    ...config,
    provider,
    model: modelFor(provider, prefs.model ?? config.model),
    mode: oneOf(GENERATION_MODES, prefs.mode) ?? config.mode,
    dataset_size: prefs.datasetSize && Number.isInteger(prefs.datasetSize) && prefs.datasetSize > 0 ? prefs.datasetSize : config.dataset_size,
    system: { ...config.system, agentic_llm: agentProvider, agentic_model: (prefs.agentProvider === agentProvider && prefs.agentModel) || config.system.agentic_model },
  };
}

/** The keys the Configure wizard answers. */
const ANSWERED: string[][] = [['provider'], ['model'], ['mode'], ['dataset_size'], ['split', 'enabled'], ['split', 'ratio'], ['system', 'agentic_llm'], ['system', 'agentic_model'], ['output_name']];

function valueAt(config: AppConfig, keyPath: string[]): ConfigValue {
  let value: unknown = config;
  for (const key of keyPath) value = (value as Record<string, unknown>)[key];
  return value as ConfigValue;
}

/**
 * Writes the wizard's answers to the folder's config.yaml (comments kept; a new folder starts from
 * the packaged file) and returns the validated config of the file. Only changed keys are rewritten in
 * a folder that already has config.yaml, so "90/10" stays "90/10" when the ratio was not changed.
 */
export function saveConfigureAnswers(workspace: Workspace, before: AppConfig, answers: AppConfig): AppConfig {
  const own = hasOwnConfig(workspace);
  const updates: ConfigUpdate[] = ANSWERED.filter((keyPath) => !own || valueAt(before, keyPath) !== valueAt(answers, keyPath)).map((keyPath) => ({
    path: keyPath,
    value: valueAt(answers, keyPath),
  }));
  const saved = updateConfigFile(workspace.paths.configFile, updates, workspace.configFile);
  workspace.configFile = workspace.paths.configFile; // the folder has its own file from now on
  return saved;
}
