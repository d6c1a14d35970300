import { describe, expect, it } from 'vitest';
import { listTargets, resolveTarget } from '../../src/core/targets/registry.js';
import { hasExactTokens, loadTokenCounter } from '../../src/core/targets/tokens.js';
import { estimateTokens, loadBpe } from '../../src/core/targets/tokenizers/text-counter.js';
import { allChunks } from './corpus.js';

const estimated = listTargets().filter((t) => t.tokenizer === 'estimate');

describe('token estimates (no exact offline tokenizer)', () => {
  it('cover Claude, Gemini and the Tekken Mistral models, labelled as estimates', () => {
    expect(estimated.map((t) => t.id).sort()).toEqual(
      [
        'anthropic.claude-3-haiku-20240307-v1:0',
        'gemini-2.0-flash-001',
        'gemini-2.5-flash',
        'gemini-2.5-flash-lite',
        'gemini-2.5-pro',
        'mistral-small-latest',
        'open-mistral-nemo',
      ].sort(),
    );
    for (const t of estimated) expect(hasExactTokens(t)).toBe(false);
  });

  it.each(estimated.map((t) => [t.id, t] as const))('%s never undercounts the exact o200k count', async (_id, target) => {
    const o200k = await loadBpe('o200k_base');
    const under = allChunks().filter((text) => estimateTokens(text, o200k, target.estimateMargin!) < o200k.count(text));
    expect(under).toEqual([]);
  });

  it('Claude never undercounts the exact Llama 3 count either (a smaller vocabulary than o200k)', async () => {
    const [o200k, llama3] = await Promise.all([loadBpe('o200k_base'), loadBpe('llama3')]);
    const margin = resolveTarget('anthropic', 'claude-3-haiku').estimateMargin!;
    const under = allChunks().filter((text) => estimateTokens(text, o200k, margin) < llama3.count(text));
    expect(under.map((t) => t.slice(0, 40))).toEqual([]);
  });

  it('an estimated example is never below the exact OpenAI count of the same conversation', async () => {
    const openai = await loadTokenCounter(resolveTarget('openai', 'gpt-4o'));
    const claude = await loadTokenCounter(resolveTarget('anthropic', 'claude-3-haiku'));
    const gemini = await loadTokenCounter(resolveTarget('google', 'gemini-2.5-flash'));
    for (const text of allChunks().filter(Boolean)) {
      const exact = openai({
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: text },
          { role: 'assistant', content: text },
        ],
      }).tokens;
      const c = claude({
        system: 'Be brief.',
        messages: [
          { role: 'user', content: text },
          { role: 'assistant', content: text },
        ],
      });
      const g = gemini({
        systemInstruction: { parts: [{ text: 'Be brief.' }] },
        contents: [
          { role: 'user', parts: [{ text }] },
          { role: 'model', parts: [{ text }] },
        ],
      });
      expect(c.exact).toBe(false);
      expect(c.tokens).toBeGreaterThanOrEqual(exact);
      expect(g.tokens).toBeGreaterThanOrEqual(exact);
    }
  });

  it('uses the bytes/3 rule when it is larger, so plain English gets a safety margin', async () => {
    const o200k = await loadBpe('o200k_base');
    const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20);
    expect(estimateTokens(text, o200k, 1.1)).toBe(Math.ceil(Buffer.byteLength(text) / 3));
    expect(estimateTokens(text, o200k, 1.1)).toBeGreaterThan(o200k.count(text) * 1.3);
  });
});
