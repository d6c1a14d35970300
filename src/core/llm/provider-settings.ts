// Which SDK, key and endpoint each agent provider uses, read from the environment (.env already loaded).
import { ConfigError } from '../errors.js';
import type { AgentProvider } from './types.js';

type AgentSdk = 'openai' | 'anthropic' | 'google';

export interface ProviderSettings {
  provider: AgentProvider;
  sdk: AgentSdk;
  /** Human name for messages, e.g. "Mistral". */
  label: string;
  apiKey: string;
  /** The variable the key comes from (for messages); undefined when no key is needed. */
  keyVariable?: string;
  baseURL: string;
}

interface ProviderSpec {
  sdk: AgentSdk;
  label: string;
  keyVariables: string[];
  keyRequired: boolean;
  baseUrlVariable: string;
  defaultBaseURL?: string;
}

const SPECS: Record<AgentProvider, ProviderSpec> = {
  openai: { sdk: 'openai', label: 'OpenAI', keyVariables: ['OPENAI_API_KEY'], keyRequired: true, baseUrlVariable: 'OPENAI_BASE_URL', defaultBaseURL: 'https://api.openai.com/v1' },
  mistral: { sdk: 'openai', label: 'Mistral', keyVariables: ['MISTRAL_API_KEY'], keyRequired: true, baseUrlVariable: 'MISTRAL_BASE_URL', defaultBaseURL: 'https://api.mistral.ai/v1' },
  llama: { sdk: 'openai', label: 'Llama host', keyVariables: ['LLAMA_API_KEY'], keyRequired: true, baseUrlVariable: 'LLAMA_BASE_URL' },
  ollama: { sdk: 'openai', label: 'local OpenAI-compatible server', keyVariables: ['OLLAMA_API_KEY'], keyRequired: false, baseUrlVariable: 'OLLAMA_BASE_URL', defaultBaseURL: 'http://localhost:11434/v1' },
  anthropic: { sdk: 'anthropic', label: 'Anthropic', keyVariables: ['ANTHROPIC_API_KEY'], keyRequired: true, baseUrlVariable: 'ANTHROPIC_BASE_URL', defaultBaseURL: 'https://api.anthropic.com' },
  google: { sdk: 'google', label: 'Google Gemini', keyVariables: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'], keyRequired: true, baseUrlVariable: 'GOOGLE_GEMINI_BASE_URL', defaultBaseURL: 'https://generativelanguage.googleapis.com' },
};

function readVariable(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

export function resolveProviderSettings(provider: AgentProvider, env: NodeJS.ProcessEnv): ProviderSettings {
  const spec = SPECS[provider];
  if (!spec) throw new ConfigError(`Unknown agent provider "${String(provider)}".`, `Use one of: ${Object.keys(SPECS).join(', ')}.`);

  const baseURL = readVariable(env, spec.baseUrlVariable) ?? spec.defaultBaseURL;
  if (!baseURL) {
    throw new ConfigError(
      `The ${spec.label} agent needs ${spec.baseUrlVariable}: the OpenAI-compatible endpoint of your Llama host.`,
      `Set ${spec.baseUrlVariable} in .env (e.g. https://api.together.xyz/v1 or https://api.groq.com/openai/v1), or use identify mode, which needs no agent.`,
    );
  }

  const keyVariable = spec.keyVariables.find((name) => readVariable(env, name));
  const apiKey = keyVariable ? readVariable(env, keyVariable) : undefined;
  if (!apiKey && spec.keyRequired) {
    const names = spec.keyVariables.join(' or ');
    throw new ConfigError(
      `No API key for the ${spec.label} agent: ${names} is not set.`,
      `Set ${names} in .env or the environment. Identify mode (--mode identify) works without any key; a local server works with --agent-provider ollama.`,
    );
  }
  // The OpenAI SDK insists on a non-empty key even for local servers that ignore it.
  return { provider, sdk: spec.sdk, label: spec.label, apiKey: apiKey ?? 'no-key', keyVariable, baseURL };
}
