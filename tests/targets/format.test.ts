import { describe, expect, it } from 'vitest';
import { formatExample } from '../../src/core/targets/format.js';
import { listTargets, resolveTarget } from '../../src/core/targets/registry.js';
import { validateExamples } from '../../src/core/targets/validate.js';
import { conversation, examplesFor } from './helpers.js';

describe('formatExample', () => {
  const c = {
    system: 'Be kind.',
    turns: [
      { role: 'user' as const, content: 'Hi' },
      { role: 'assistant' as const, content: 'Hello!' },
    ],
  };

  it('writes OpenAI-style messages (OpenAI, Mistral, Together, Fireworks, TRL)', () => {
    const expected = {
      messages: [
        { role: 'system', content: 'Be kind.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
      ],
    };
    for (const [p, m] of [
      ['openai', 'gpt-4o'],
      ['mistral', 'open-mistral-7b'],
      ['llama', 'llama-3.1-8b'],
      ['llama', 'llama-3.1-8b-hf'],
    ]) {
      expect(formatExample(resolveTarget(p, m), c)).toEqual(expected);
    }
  });

  it('writes Bedrock Claude with a top-level system', () => {
    expect(formatExample(resolveTarget('anthropic', 'claude-3-haiku'), c)).toEqual({
      system: 'Be kind.',
      messages: [
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: 'Hello!' },
      ],
    });
    expect(formatExample(resolveTarget('anthropic', 'claude-3-haiku'), { turns: c.turns })).not.toHaveProperty('system');
  });

  it('writes Vertex Gemini contents with the model role', () => {
    expect(formatExample(resolveTarget('google', 'gemini-2.5-pro'), c)).toEqual({
      systemInstruction: { role: 'system', parts: [{ text: 'Be kind.' }] },
      contents: [
        { role: 'user', parts: [{ text: 'Hi' }] },
        { role: 'model', parts: [{ text: 'Hello!' }] },
      ],
    });
  });

  it('flattens multi-turn conversations into Bedrock Llama prompt/completion', () => {
    const target = resolveTarget('llama', 'llama-3.1-8b-bedrock');
    expect(formatExample(target, c)).toEqual({ prompt: 'Be kind.\n\nHi', completion: 'Hello!' });
    expect(formatExample(target, conversation(1))).toEqual({
      prompt:
        'You are the support assistant of a bike shop.\n\nUser: My bike number 1 squeaks when I brake. What should I do?\n\nAssistant: Clean the rims and check the brake pads for wear; replace them if the grooves are gone.\n\nUser: And if it still squeaks?',
      completion: 'Bring bike 1 in: we adjust the pad angle for free.',
    });
  });

  it.each(listTargets().map((t) => [t.provider, t.id, t] as const))(
    '%s %s: formatted examples pass every rule',
    async (_p, _id, target) => {
      const report = await validateExamples(target, examplesFor(target, Math.max(target.minExamples, target.recommendedMinExamples ?? 0)));
      expect(report.findings).toEqual([]);
      expect(report.valid).toBe(true);
      expect(report.tokens.min).toBeGreaterThan(20);
    },
  );
});
