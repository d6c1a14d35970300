// Whether an agent LLM provider can be used: its key is set, missing, or not needed (a local server).
import { KEY_VARIABLES, hasKeyFor } from '../../../core/config/env.js';
import type { AGENT_PROVIDERS } from '../../../core/config/schema.js';
import type { Tone } from '../../components/Notice.js';

export type AgentProvider = (typeof AGENT_PROVIDERS)[number];

export const AGENT_NAMES: Record<AgentProvider, string> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google Gemini',
  mistral: 'Mistral',
  llama: 'Llama host (Together, Fireworks, Groq…)',
  ollama: 'Local server (Ollama, vLLM, LM Studio)',
};

/** Never the key itself: only whether it is there and which variable to set. */
export function keyStatus(provider: AgentProvider): { text: string; tone: Tone; ready: boolean } {
  const names: readonly string[] = KEY_VARIABLES[provider];
  if (names.length === 0) return { text: 'no key needed', tone: 'info', ready: true };
  if (hasKeyFor(provider)) return { text: 'key set', tone: 'success', ready: true };
  return { text: `no key: set ${names[0]} in .env`, tone: 'warning', ready: false };
}

/** The model preselected when the user switches to another agent provider (any model name can be typed). */
export const SUGGESTED_AGENT_MODEL: Record<AgentProvider, string> = {
  openai: 'gpt-4o-mini',
  anthropic: 'claude-3-5-haiku-latest',
  google: 'gemini-2.5-flash',
  mistral: 'mistral-small-latest',
  llama: 'meta-llama/Llama-3.1-8B-Instruct',
  ollama: 'llama3.1',
};
