// Issue 13 token table: each tokenizer over prose, code, CJK, emoji, RTL, digits, long whitespace
// runs and edge code points. Real vocabularies are counted from their packages; the calibrated
// bounds (tokenizers/bound.ts) must stay at or above every modern vocabulary we can run.
import fs from 'node:fs';
import path from 'node:path';
import mistral from 'mistral-tokenizer-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { countFramed } from '../../src/core/targets/framing.js';
import { loadTokenCounter } from '../../src/core/targets/tokens.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { boundTokens } from '../../src/core/targets/tokenizers/bound.js';
import type { BpeTokenizer } from '../../src/core/targets/tokenizers/bpe.js';
import { loadBpe, loadGemma3, type TextCounter } from '../../src/core/targets/tokenizers/text-counter.js';

const udhr = fs.readFileSync(path.resolve('tests/fixtures/targets/udhr-rtl-cjk.txt'), 'utf8').trim().split('\n');
const SAMPLES: Record<string, string> = {
  prose: fs.readFileSync(path.resolve('README.md'), 'utf8').slice(0, 4000),
  code: fs.readFileSync(path.resolve('node_modules/typescript/lib/lib.es5.d.ts'), 'utf8').slice(0, 4000),
  cjk: [...udhr.slice(12), fs.readFileSync(path.resolve('tests/targets/fixtures/cjk-emoji.txt'), 'utf8').slice(0, 1000)].join('\n'),
  emoji: '👩‍💻👨‍👩‍👧‍👦🏳️‍🌈🇯🇵 😀😀😀 ✅⚠️🔢',
  rtl: udhr.slice(0, 12).join('\n'),
  digits: '31415926535897932384626433832795028841971693993751',
  csv: '1,2.5,300\n4,5.75,6000\n'.repeat(50),
  whitespace: ' '.repeat(1000) + 'x' + '\t'.repeat(300) + '\n'.repeat(200),
  edges: '\uFEFFa\u0085b\u001cc\u001fd \uFEFF',
};

let o200k: BpeTokenizer;
let cl100k: BpeTokenizer;
let llama3: BpeTokenizer;
let gemma3: TextCounter;
beforeAll(async () => {
  [o200k, cl100k, llama3, gemma3] = await Promise.all([loadBpe('o200k_base'), loadBpe('cl100k_base'), loadBpe('llama3'), loadGemma3()]);
}, 60_000);

const real = (text: string) => ({ o200k: o200k.count(text), cl100k: cl100k.count(text), llama3: llama3.count(text), gemma3: gemma3(text) });

describe('known counts, written by hand from how each vocabulary splits numbers', () => {
  it('groups digits by three in o200k, cl100k and Llama 3, one by one in Gemma 3 and Mistral v1', () => {
    expect(real('1234567890')).toEqual({ o200k: 4, cl100k: 4, llama3: 4, gemma3: 10 });
    expect(mistral.encode('1234567890', false, true).length).toBe(11); // "▁" + 10 digits
    expect(gemma3('7'.repeat(140_000))).toBe(140_000);
    expect(boundTokens('1234567890', (t) => o200k.count(t), 1.1)).toBe(10);
  });

  it('counts a Vertex example of 140,000 digits over the 131,072 limit for gemini-3.5-flash', async () => {
    const count = await loadTokenCounter(resolveTarget('google', 'gemini-3.5-flash'));
    const tokens = count({ contents: [{ role: 'user', parts: [{ text: '7'.repeat(140_000) }] }, { role: 'model', parts: [{ text: 'ok' }] }] }).tokens;
    expect(tokens).toBeGreaterThan(131_072);
  });
});

describe('calibrated bounds never undercount a modern vocabulary', () => {
  it.each(Object.keys(SAMPLES))('%s', (name) => {
    const text = SAMPLES[name];
    const worst = Math.max(...Object.values(real(text)));
    for (const profile of ['general', 'claude'] as const) {
      expect(boundTokens(text, (t) => o200k.count(t), 1.1, profile), `${profile} on ${name}`).toBeGreaterThanOrEqual(worst);
    }
  });

  it('covers what the issue measured for Claude: 25-42% above the old estimate on Arabic, Hebrew and Korean', () => {
    const old = (t: string) => Math.max(Math.ceil(Buffer.byteLength(t) / 3), Math.ceil(o200k.count(t) * 1.4));
    for (const text of [udhr.slice(0, 5).join('\n'), udhr.slice(5, 10).join('\n'), udhr.slice(16).join('\n')]) {
      expect(boundTokens(text, (t) => o200k.count(t), 1.4, 'claude')).toBeGreaterThanOrEqual(Math.ceil(old(text) / 0.58));
    }
  });
});

describe('Llama 3 framing is exact at the edges (Python strip, not JavaScript trim)', () => {
  const framed = (text: string) => countFramed('llama3', { messages: [{ role: 'user', text }], structured: [] }, (t) => llama3.count(t));
  it('strips U+0085 and U+001C-U+001F like Meta chat_format.py', () => {
    expect(framed('\u0085hi\u001f')).toBe(1 + 5 + llama3.count('hi'));
    expect(framed('\u001c\u001d\u001ehi')).toBe(1 + 5 + llama3.count('hi'));
  });
  it('keeps U+FEFF, which Python does not strip', () => {
    expect(framed('\uFEFFhi')).toBe(1 + 5 + llama3.count('\uFEFFhi'));
    expect(llama3.count('\uFEFFhi')).toBeGreaterThan(llama3.count('hi'));
  });
});
