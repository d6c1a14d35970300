import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { createAgentClient } from '../../src/core/llm/client.js';
import { resolveProviderSettings } from '../../src/core/llm/provider-settings.js';
import { scrubSecrets } from '../../src/core/scrub-secrets.js';

describe('resolveProviderSettings', () => {
  it('names the missing key variable and says identify mode works without one', async () => {
    const error = await createAgentClient({ provider: 'anthropic', model: 'claude-sonnet-4', env: {}, timeoutMs: 1000, maxRetries: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('ANTHROPIC_API_KEY');
    expect((error as ConfigError).hint).toContain('Identify mode');
    expect((error as ConfigError).exitCode).toBe(2);
  });

  it('uses each provider endpoint and the SDK base-URL variables', () => {
    expect(resolveProviderSettings('openai', { OPENAI_API_KEY: 'k' }).baseURL).toBe('https://api.openai.com/v1');
    expect(resolveProviderSettings('openai', { OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'http://proxy/v1' }).baseURL).toBe('http://proxy/v1');
    expect(resolveProviderSettings('mistral', { MISTRAL_API_KEY: 'k' })).toMatchObject({ sdk: 'openai', baseURL: 'https://api.mistral.ai/v1' });
    expect(resolveProviderSettings('anthropic', { ANTHROPIC_API_KEY: 'k', ANTHROPIC_BASE_URL: 'http://a' }).baseURL).toBe('http://a');
    expect(resolveProviderSettings('google', { GOOGLE_API_KEY: 'g', GOOGLE_GEMINI_BASE_URL: 'http://g' })).toMatchObject({ sdk: 'google', apiKey: 'g', baseURL: 'http://g' });
  });

  it('accepts GEMINI_API_KEY when GOOGLE_API_KEY is absent', () => {
    expect(resolveProviderSettings('google', { GEMINI_API_KEY: 'gem' })).toMatchObject({ apiKey: 'gem', keyVariable: 'GEMINI_API_KEY' });
  });

  it('needs no key for a local server and defaults to Ollama', () => {
    expect(resolveProviderSettings('ollama', {})).toMatchObject({ sdk: 'openai', baseURL: 'http://localhost:11434/v1', keyVariable: undefined });
  });

  it('requires LLAMA_BASE_URL and LLAMA_API_KEY for a Llama host', () => {
    expect(() => resolveProviderSettings('llama', { LLAMA_API_KEY: 'k' })).toThrow(/LLAMA_BASE_URL/);
    expect(() => resolveProviderSettings('llama', { LLAMA_BASE_URL: 'https://api.groq.com/openai/v1' })).toThrow(/LLAMA_API_KEY/);
    expect(resolveProviderSettings('llama', { LLAMA_API_KEY: 'k', LLAMA_BASE_URL: 'https://h/v1' }).baseURL).toBe('https://h/v1');
  });

  it('treats a blank key as missing', () => {
    expect(() => resolveProviderSettings('openai', { OPENAI_API_KEY: '  ' })).toThrow(/OPENAI_API_KEY/);
  });
});

describe('scrubSecrets', () => {
  it('removes the given secrets and anything shaped like a key', () => {
    const text = 'bad key my-secret-value, also sk-abcdefghijklmnop1234 and AIzaSyA1234567890abcdefghijk and Bearer abcdefghijklmnopq and ?key=xyz123';
    const out = scrubSecrets(text, ['my-secret-value']);
    for (const secret of ['my-secret-value', 'sk-abcdefghijklmnop1234', 'AIzaSyA1234567890abcdefghijk', 'abcdefghijklmnopq', 'xyz123']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('bad key ***');
  });
});
