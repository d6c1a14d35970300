import llama3js from 'llama3-tokenizer-js';
import { Tiktoken } from 'tiktoken';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LLAMA31_HF_PREAMBLE } from '../../src/core/targets/framing.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { loadTokenCounter } from '../../src/core/targets/tokens.js';
import { loadBpe } from '../../src/core/targets/tokenizers/text-counter.js';
import { loadLlama3Ranks } from '../../src/core/targets/tokenizers/rank-tables.js';
import { corpusChunks, EDGE_CASES } from './corpus.js';

// Meta's reference tokenizer is tiktoken with this pattern (llama-models models/llama3/tokenizer.py).
const META_PATTERN = String.raw`(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+`;
const SPECIAL = { '<|begin_of_text|>': 128000, '<|start_header_id|>': 128006, '<|end_header_id|>': 128007, '<|eot_id|>': 128009 };
let reference: Tiktoken;

beforeAll(async () => {
  const ranks = await loadLlama3Ranks();
  const bfe = [...ranks].map(([bytes, rank]) => `${Buffer.from(bytes, 'latin1').toString('base64')} ${rank}`).join('\n');
  reference = new Tiktoken(bfe, SPECIAL, META_PATTERN);
});
afterAll(() => reference.free());

describe('Llama 3 text counts', () => {
  // Published vectors: Meta's test_tokenizer.py and llama3-tokenizer-js's test suite.
  it.each([
    ['This is a test sentence.', [2028, 374, 264, 1296, 11914, 13]],
    ['grabbed', [59312, 2788]],
    [' grabbed', [30418]],
    ['           grabbed', [1881, 30418]],
    ['\n', [198]],
    [' \n', [720]],
    ['\ttabs\t\t\t\tout here', [3324, 3518, 573, 14294, 1618]],
    ['ax\n####\nboo', [710, 198, 71050, 34093]],
    ['镇', [104643]],
    ['🦙', [9468, 99, 247]],
    ['🦙Ꙋ', [9468, 99, 247, 166, 247, 232]],
    ['Ꙋ🦙', [166, 247, 232, 9468, 99, 247]],
    ['I', [40]],
  ])('encodes %j as published', async (text, ids) => {
    expect((await loadBpe('llama3')).encode(text)).toEqual(ids);
  });

  it.each(Object.entries(corpusChunks()))('match the tiktoken-based reference on %s', async (_kind, texts) => {
    const ours = await loadBpe('llama3');
    const mismatches = texts
      .filter((t) => ours.encode(t).join() !== Array.from(reference.encode_ordinary(t)).join())
      .map((t) => t.slice(0, 60));
    expect(mismatches).toEqual([]);
  });

  it('matches llama3-tokenizer-js wherever the text has no special-token strings or U+0085', async () => {
    const ours = await loadBpe('llama3');
    const texts = Object.values(corpusChunks())
      .flat()
      .filter((t) => !t.includes('<|') && !t.includes('\u0085'));
    const differ = texts.filter((t) => ours.encode(t).join() !== llama3js.encode(t, { bos: false, eos: false }).join());
    expect(differ).toEqual([]);
  });

  it('counts special-token strings in content as plain text', async () => {
    const text = EDGE_CASES[5];
    const ours = await loadBpe('llama3');
    expect(ours.count(text)).toBe(reference.encode_ordinary(text).length);
    expect(ours.count(text)).toBeGreaterThan(llama3js.encode(text, { bos: false, eos: false }).length);
  });
});

describe('Llama 3 chat framing', () => {
  it('Bedrock prompt/completion = Meta encode_dialog_prompt without the generation header', async () => {
    // Meta's vector for [system: "This is a test sentence.", user: "This is a response."] has 26 ids,
    // 4 of them the trailing assistant header; the same shape as user + assistant is 22 tokens.
    const count = await loadTokenCounter(resolveTarget('llama', 'llama-3.1-8b-bedrock'));
    expect(count({ prompt: 'This is a test sentence.', completion: 'This is a response.' })).toEqual({ tokens: 22, exact: true });
  });

  it.each([
    [undefined, 'How do I reset my password?', 'Open Settings → Security and choose "Reset". 🔑'],
    ['You are a support bot.  ', '  パスワードを忘れました  ', '\n\nUse the link in the e-mail, then reset.  '],
  ])('Together/Fireworks/HF count the Hugging Face template rendering (system %j)', async (system, user, assistant) => {
    const rendered =
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n' +
      LLAMA31_HF_PREAMBLE +
      (system?.trim() ?? '') +
      '<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n' +
      user.trim() +
      '<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n' +
      assistant.trim() +
      '<|eot_id|>';
    const ids = reference.encode(rendered, 'all');
    const messages = [
      ...(system ? [{ role: 'system', content: system }] : []),
      { role: 'user', content: user },
      { role: 'assistant', content: assistant },
    ];
    for (const model of ['llama-3.1-8b', 'llama-3.1-70b-fireworks', 'llama-3.1-405b-hf']) {
      const count = await loadTokenCounter(resolveTarget('llama', model));
      expect(count({ messages })).toEqual({ tokens: ids.length, exact: true });
    }
  });
});
