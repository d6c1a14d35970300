import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/core/errors.js';
import { defaultModelFor, listTargets, resolveProvider, resolveTarget, TARGET_PROVIDERS } from '../../src/core/targets/registry.js';

describe('target registry', () => {
  // Issue 13 changed this list: retired targets are no longer offered, current ones were added.
  it('offers only targets that can be trained today, and lists the retired ones on request', () => {
    const ids = (p: Parameters<typeof listTargets>[0]) => listTargets(p).map((t) => t.id);
    expect(ids('openai')).toEqual(['gpt-4o-2024-08-06', 'gpt-4o-mini-2024-07-18', 'gpt-4.1-2025-04-14', 'gpt-4.1-mini-2025-04-14']);
    expect(ids('anthropic')).toEqual([]);
    expect(ids('google')).toEqual(['gemini-3.5-flash', 'gemini-3.5-flash-lite', 'gemini-3.1-flash-lite']);
    expect(ids('amazon')).toEqual(['amazon.nova-2-lite-v1:0', 'amazon.nova-micro-v1:0', 'amazon.nova-lite-v1:0', 'amazon.nova-pro-v1:0']);
    expect(ids('open')).toEqual(expect.arrayContaining(['qwen3-8b-together', 'qwen2.5-7b-hf', 'gemma-3-27b-hf', 'deepseek-r1-distill-qwen-14b-together']));
    expect(ids('llama')).toEqual(expect.arrayContaining(['llama-3.3-70b-together', 'llama-3.2-3b-bedrock', 'llama-3.1-8b-hf']));
    const retired = listTargets(undefined, { includeRetired: true }).filter((t) => !listTargets().includes(t));
    expect(retired.map((t) => t.id).sort()).toEqual(
      [
        'anthropic.claude-3-haiku-20240307-v1:0',
        'gemini-2.0-flash-001',
        'gemini-2.5-flash',
        'gemini-2.5-flash-lite',
        'gemini-2.5-pro',
        'gpt-3.5-turbo-0125',
        'gpt-4.1-nano-2025-04-14',
      ].sort(),
    );
  });

  it.each([
    ['openai', 'gpt-4o-mini', 'gpt-4o-mini-2024-07-18'],
    ['openai', 'GPT-4.1-nano', 'gpt-4.1-nano-2025-04-14'],
    ['openai', 'gpt-3.5-turbo-0125', 'gpt-3.5-turbo-0125'],
    ['anthropic', 'claude-3-haiku', 'anthropic.claude-3-haiku-20240307-v1:0'],
    ['anthropic', 'claude-3-haiku-20240307', 'anthropic.claude-3-haiku-20240307-v1:0'],
    ['anthropic', 'anthropic.claude-3-haiku-20240307-v1:0', 'anthropic.claude-3-haiku-20240307-v1:0'],
    ['bedrock', 'claude-3-haiku', 'anthropic.claude-3-haiku-20240307-v1:0'],
    ['google', 'gemini-2.5-flash', 'gemini-2.5-flash'],
    ['google', 'gemini-2.0-flash', 'gemini-2.0-flash-001'],
    ['mistral', 'mistral-large', 'mistral-large-latest'],
    ['mistral', 'mixtral-8x7b', 'open-mixtral-8x7b'],
    ['llama', 'llama-3.1-8b', 'llama-3.1-8b-together'],
    ['llama', 'llama-3.1-405b', 'llama-3.1-405b-together'],
    ['llama', 'llama-3.1-70b-bedrock', 'llama-3.1-70b-bedrock'],
    ['llama', 'meta.llama3-1-8b-instruct-v1:0', 'llama-3.1-8b-bedrock'],
    ['llama', 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', 'llama-3.1-70b-together'],
    ['llama', 'llama-3.1-8b-fireworks', 'llama-3.1-8b-fireworks'],
    ['llama', 'llama-3.1-8b-hf', 'llama-3.1-8b-hf'],
  ])('resolves %s / %s to %s', (provider, model, id) => {
    expect(resolveTarget(provider, model).id).toBe(id);
  });

  it('has no Bedrock Llama 405B (Bedrock does not fine-tune it)', () => {
    expect(() => resolveTarget('llama', 'llama-3.1-405b-bedrock')).toThrow(ConfigError);
  });

  it('names the known models of the provider for an unknown model', () => {
    const error = catchError(() => resolveTarget('openai', 'gpt-5'));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain('Unknown openai model "gpt-5"');
    expect(error.hint).toContain('gpt-4o-mini-2024-07-18 (gpt-4o-mini)');
    expect(error.exitCode).toBe(2);
  });

  it('points to the right provider when the model belongs to another one', () => {
    const error = catchError(() => resolveTarget('openai', 'claude-3-haiku'));
    expect(error.hint).toContain('use --provider anthropic');
  });

  it('lists the providers for an unknown provider', () => {
    const error = catchError(() => resolveTarget('cohere', 'command-r'));
    expect(error.message).toContain('Unknown fine-tuning provider "cohere"');
    expect(error.hint).toBe(`Known providers: ${TARGET_PROVIDERS.join(', ')}.`);
    expect(() => resolveProvider('nope')).toThrow(ConfigError);
  });

  it('has a default model per provider that resolves', () => {
    for (const p of TARGET_PROVIDERS) expect(resolveTarget(p, defaultModelFor(p).id)).toBe(defaultModelFor(p));
    expect(defaultModelFor('llama').id).toBe('llama-3.1-8b-together');
  });

  it('gives every model a source note, and a date and note when not active', () => {
    for (const t of listTargets()) {
      expect(t.source.length).toBeGreaterThan(40);
      if (t.status !== 'active') expect(t.statusNote, t.id).toBeTruthy();
      if (t.status !== 'active' && t.provider !== 'google') expect(t.statusDate, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(resolveTarget('anthropic', 'claude-3-haiku')).toMatchObject({ status: 'legacy', shutdownDate: '2026-09-10' });
    expect(listTargets('mistral').every((t) => t.status === 'deprecated')).toBe(true);
    expect(resolveTarget('mistral', 'mixtral-8x7b').statusNote).toContain('Not an API fine-tuning option');
  });

  it('keeps aliases unique within a provider', () => {
    for (const p of TARGET_PROVIDERS) {
      const names = listTargets(p, { includeRetired: true }).flatMap((t) => [t.id, ...t.aliases].map((n) => n.toLowerCase()));
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

function catchError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('expected an error');
}
