import { get_encoding } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { loadTokenCounter } from '../../src/core/targets/tokens.js';
import { loadBpe } from '../../src/core/targets/tokenizers/text-counter.js';
import { corpusChunks } from './corpus.js';
import { corpusFile } from '../helpers/corpus.js';

const references = { o200k_base: get_encoding('o200k_base'), cl100k_base: get_encoding('cl100k_base') };
afterAll(() => Object.values(references).forEach((r) => r.free()));

describe.each(['o200k_base', 'cl100k_base'] as const)('%s text counts', (encoding) => {
  it.each(Object.entries(corpusChunks()))('match tiktoken token for token on %s', async (_kind, texts) => {
    const ours = await loadBpe(encoding);
    const mismatches = texts
      .filter((text) => ours.encode(text).join() !== Array.from(references[encoding].encode_ordinary(text)).join())
      .map((text) => text.slice(0, 60));
    expect(mismatches).toEqual([]);
    for (const text of texts) expect(ours.count(text)).toBe(references[encoding].encode_ordinary(text).length);
  });
});

describe('OpenAI example counts', () => {
  // The OpenAI cookbook's num_tokens_from_messages, computed with tiktoken itself.
  function cookbookCount(encoding: 'o200k_base' | 'cl100k_base', messages: Record<string, string>[]): number {
    const enc = references[encoding];
    let total = 3;
    for (const m of messages) {
      total += 3;
      for (const [key, value] of Object.entries(m)) total += enc.encode_ordinary(value).length + (key === 'name' ? 1 : 0);
    }
    return total;
  }

  const messages: Record<string, string>[] = [
    { role: 'system', content: 'You answer in one line. <|endoftext|> is just text here.' },
    { role: 'user', content: '日本語で答えてください 😀', name: 'alice' },
    { role: 'assistant', content: 'はい、わかりました。\n```ts\nconst x = 1;\n```' },
  ];

  it.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['gpt-4.1', 'o200k_base'],
    ['gpt-3.5-turbo', 'cl100k_base'],
  ] as const)('%s counts the cookbook framing exactly', async (model, encoding) => {
    const count = await loadTokenCounter(resolveTarget('openai', model));
    expect(count({ messages })).toEqual({ tokens: cookbookCount(encoding, messages), exact: true });
  });

  it('counts the flawed cookbook sample like the cookbook (cl100k_base, 4096 limit era)', async () => {
    const count = await loadTokenCounter(resolveTarget('openai', 'gpt-3.5-turbo'));
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(corpusFile('jsonl/openai_toy_chat_fine_tuning.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const ours = lines.map((l) => count(l).tokens);
    expect(ours).toEqual(lines.map((l) => cookbookCount('cl100k_base', l.messages)));
    // The notebook reports ~4,306 tokens with each example capped at 4,096.
    expect(ours.reduce((sum, t) => sum + Math.min(t, 4096), 0)).toBeGreaterThan(4200);
    expect(ours.reduce((sum, t) => sum + Math.min(t, 4096), 0)).toBeLessThan(4400);
  });

  it('marks tool calls as approximate and counts them', async () => {
    const count = await loadTokenCounter(resolveTarget('openai', 'gpt-4o'));
    const plain = count({
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: 'Sunny.' },
      ],
    });
    const withTools = count({
      messages: [
        { role: 'user', content: 'Weather?' },
        {
          role: 'assistant',
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } }],
        },
        { role: 'tool', tool_call_id: 'call_1', content: '21' },
        { role: 'assistant', content: 'Sunny.' },
      ],
    });
    expect(plain.exact).toBe(true);
    expect(withTools.exact).toBe(false);
    expect(withTools.tokens).toBeGreaterThan(plain.tokens + 10);
  });

  it('never throws on malformed examples', async () => {
    const count = await loadTokenCounter(resolveTarget('openai', 'gpt-4o'));
    const shapes: Record<string, unknown>[] = [
      {},
      { messages: 'hello' },
      { messages: [null, 3, 'x', { role: 7, content: { nested: [1, 2] } }, { content: ['a', { text: 'b' }] }] },
      { messages: [{ role: 'user', content: null, weight: 1n as unknown as number }] },
    ];
    for (const shape of shapes) expect(count(shape).tokens).toBeGreaterThanOrEqual(3);
  });
});
