// Environment and provider for pointing a real SDK at a scripted server.
import type { AgentProvider } from '../../src/core/llm/types.js';
import type { Protocol } from './protocols.js';
import type { ScriptedServer } from './scripted-server.js';

export const TEST_KEYS: Record<Protocol, string> = {
  openai: 'sk-test-openai-0123456789abcdef',
  anthropic: 'sk-ant-test-0123456789abcdef',
  google: 'AIzaTestKey0123456789abcdefghij',
};

export const PROVIDER_FOR: Record<Protocol, AgentProvider> = { openai: 'openai', anthropic: 'anthropic', google: 'google' };

/** Models with a known price, so cost accounting is exercised. */
export const MODEL_FOR: Record<Protocol, string> = { openai: 'gpt-4o-mini', anthropic: 'claude-3-5-haiku-latest', google: 'gemini-2.0-flash' };

export function envFor(server: ScriptedServer): NodeJS.ProcessEnv {
  switch (server.protocol) {
    case 'openai':
      return { OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: server.baseURL };
    case 'anthropic':
      return { ANTHROPIC_API_KEY: TEST_KEYS.anthropic, ANTHROPIC_BASE_URL: server.baseURL };
    default:
      return { GEMINI_API_KEY: TEST_KEYS.google, GOOGLE_GEMINI_BASE_URL: server.baseURL };
  }
}
