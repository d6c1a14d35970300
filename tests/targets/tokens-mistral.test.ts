import mistral from 'mistral-tokenizer-js';
import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { loadTokenCounter } from '../../src/core/targets/tokens.js';
import { corpusChunks } from './corpus.js';

const enc = (text: string) => mistral.encode(text, false, true).length;

describe('Mistral counts', () => {
  it('uses the v1 SentencePiece vocabulary (published vector for "Hello world!")', () => {
    expect(mistral.encode('Hello world!')).toEqual([1, 22557, 1526, 28808]);
  });

  it('counts Mixtral 8x7B exactly in the v1 [INST] format, system prompt in the first user turn', async () => {
    const count = await loadTokenCounter(resolveTarget('mistral', 'mixtral-8x7b'));
    const messages = [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'What is a tokenizer?' },
      { role: 'assistant', content: 'It splits text into tokens.' },
      { role: 'user', content: 'Why count them?' },
      { role: 'assistant', content: 'Limits and cost are in tokens.' },
    ];
    const expected =
      1 +
      enc('[INST] Answer briefly.\n\nWhat is a tokenizer? [/INST]') +
      enc('It splits text into tokens.') +
      1 +
      enc('[INST] Why count them? [/INST]') +
      enc('Limits and cost are in tokens.') +
      1;
    expect(count({ messages })).toEqual({ tokens: expected, exact: true });
  });

  it('labels the v3 models as estimates, counting [INST]/[/INST] as single control tokens', async () => {
    const count = await loadTokenCounter(resolveTarget('mistral', 'open-mistral-7b'));
    const messages = [
      { role: 'system', content: 'Answer briefly.' },
      { role: 'user', content: 'What is a tokenizer?' },
      { role: 'assistant', content: 'It splits text into tokens.' },
    ];
    expect(count({ messages })).toEqual({
      tokens: 1 + 2 + enc('Answer briefly.\n\nWhat is a tokenizer?') + enc('It splits text into tokens.') + 1,
      exact: false,
    });
  });

  it('counts every corpus chunk, CJK and emoji included, without throwing', async () => {
    const count = await loadTokenCounter(resolveTarget('mistral', 'mistral-large'));
    for (const text of Object.values(corpusChunks()).flat()) {
      const { tokens } = count({
        messages: [
          { role: 'user', content: text },
          { role: 'assistant', content: 'ok' },
        ],
      });
      expect(tokens).toBe(1 + 2 + enc(text) + enc('ok') + 1);
    }
  });
});
