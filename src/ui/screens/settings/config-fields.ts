// The editable keys of config.yaml, flattened to paths, with the values each one allows.
import { AGENT_PROVIDERS, PROVIDERS, type AppConfig } from '../../../core/config/schema.js';
import { FORMAT_CHOICES, GENERATION_MODES, SPLIT_STRATEGIES, SPLIT_WEIGHTINGS } from '../../../core/choices.js';

export type FieldValue = string | number | boolean;

export interface ConfigField {
  path: string[];
  key: string;
  /** Undefined for an optional key that is not set. */
  value?: FieldValue;
  /** The allowed values of an enum key; undefined for free values. */
  choices?: readonly string[];
}

const CHOICES: Record<string, readonly string[]> = {
  provider: PROVIDERS,
  mode: GENERATION_MODES,
  'split.strategy': SPLIT_STRATEGIES,
  'split.weight_by': SPLIT_WEIGHTINGS,
  'agent.create.variety': ['low', 'medium', 'high'],
  'output.format': FORMAT_CHOICES,
  'system.agentic_llm': AGENT_PROVIDERS,
};

export function configFields(config: AppConfig): ConfigField[] {
  const out: ConfigField[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
      return;
    }
    const key = path.join('.');
    out.push({ path, key, value: value as FieldValue, choices: typeof value === 'boolean' ? ['true', 'false'] : CHOICES[key] });
  };
  walk(config, []);
  return out;
}

/** The typed value for a field from what the user picked or typed. */
export function parseFieldInput(field: ConfigField, text: string): FieldValue {
  if (typeof field.value === 'boolean') return text === 'true';
  if (typeof field.value === 'number' && /^-?\d+(\.\d+)?$/.test(text.trim())) return Number(text);
  return text;
}

/** Returns a copy of the config with one value replaced. */
export function withValue(config: AppConfig, path: string[], value: unknown): AppConfig {
  const copy = structuredClone(config) as unknown as Record<string, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]] = value;
  return copy as unknown as AppConfig;
}

export function valueAt(config: AppConfig, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], config);
}
