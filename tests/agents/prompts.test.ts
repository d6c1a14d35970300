import { describe, expect, it } from 'vitest';
import { chunkMessage, makeGenerationPrompt, temperatureFor } from '../../src/core/agents/create/generation-prompt.js';
import { loadCreatePrompt } from '../../src/core/agents/create/create-agent.js';
import { fillTemplate, readPromptFile } from '../../src/core/agents/create/prompt-template.js';
import { ConfigError } from '../../src/core/errors.js';
import { chunk, PROMPTS_DIR } from './helpers.js';

const settings = { variety: 'medium' as const, turns: 2, samplesPerCall: 4 };

describe('create prompt', () => {
  it('fills the placeholders of create_mode.txt and forbids facts outside the chunk', async () => {
    const prompt = await loadCreatePrompt(PROMPTS_DIR, settings);
    const { system, user } = prompt.build(chunk('manual.pdf', 2), { count: 3, avoid: ['How long is the warranty?'] });
    expect(system).not.toMatch(/\{(count|turns|variety_instructions|max_keywords)\}/);
    expect(system).toContain('Write 3 conversation(s), each with exactly 2 user/assistant exchange(s)');
    expect(system).toContain('Do not add facts');
    expect(system).toContain('{"conversations"'); // the JSON example keeps its braces
    expect(user).toContain('Source: manual.pdf, page 3');
    expect(user).toContain('- How long is the warranty?');
    expect(user).toMatch(/Write 3 conversation\(s\) now\.$/);
  });

  it('maps variety to temperature around the configured base and to instructions', () => {
    expect(temperatureFor({ ...settings, variety: 'low' })).toBe(0.3);
    expect(temperatureFor(settings)).toBe(0.7);
    expect(temperatureFor({ ...settings, variety: 'high' })).toBe(1);
    expect(temperatureFor({ ...settings, variety: 'high', temperature: 1.9 })).toBe(2);
    const low = makeGenerationPrompt('{variety_instructions}', { ...settings, variety: 'low' }).build(chunk('a', 0), { count: 1, avoid: [] });
    const high = makeGenerationPrompt('{variety_instructions}', { ...settings, variety: 'high' }).build(chunk('a', 0), { count: 1, avoid: [] });
    expect(low.system).toContain('straightforward');
    expect(high.system).toContain('personas');
  });

  it('changes its hash (and so the job keys) when the template or settings change', () => {
    const base = makeGenerationPrompt('T {count}', settings).hash;
    expect(makeGenerationPrompt('T {count}', settings).hash).toBe(base);
    expect(makeGenerationPrompt('T2 {count}', settings).hash).not.toBe(base);
    expect(makeGenerationPrompt('T {count}', { ...settings, turns: 3 }).hash).not.toBe(base);
  });

  it('leaves unknown placeholders and reports a missing prompt file as a config error', async () => {
    expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    await expect(readPromptFile('/nonexistent', 'system/nope.txt')).rejects.toBeInstanceOf(ConfigError);
  });

  it('says so when there is no excerpt', () => {
    expect(chunkMessage({ ...chunk('x', 0), text: '' }, { count: 2, avoid: [], feedback: 'Be concrete.' })).toContain('no document excerpt');
  });
});
