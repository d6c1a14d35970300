// The cheap grounding check and the keyword caps, on a real document (zlib's FAQ) and answers written
// by hand: faithful paraphrases pass, the tiny model's nonsense and fluent off-topic text do not.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeKeywords } from '../../src/core/agents/generation/answer-schema.js';
import { groundingShare, isGrounded, sourceVocabulary } from '../../src/core/agents/quality/grounding.js';
import type { Conversation } from '../../src/core/types.js';

const FAQ = fs.readFileSync(new URL('../fixtures/agents/zlib_FAQ.txt', import.meta.url), 'utf8');
const vocabulary = sourceVocabulary(FAQ.slice(0, 2500));

const exchange = (user: string, assistant: string): Conversation => ({
  turns: [
    { role: 'user', content: user },
    { role: 'assistant', content: assistant },
  ],
});

describe('grounding check', () => {
  it('passes faithful paraphrases of the chunk', () => {
    const y2k = exchange('Will zlib have trouble with the year 2000?', 'No: zlib is Y2K-compliant because it does not handle dates at all.');
    const dll = exchange('Can I build zlib as a Windows DLL?', 'Yes, the zlib sources compile without change into a DLL; the distribution file win32/DLL_FAQ.txt explains how.');
    expect(isGrounded(y2k, vocabulary)).toBe(true);
    expect(isGrounded(dll, vocabulary)).toBe(true);
    expect(groundingShare(dll, vocabulary)).toBeGreaterThan(0.5);
  });

  it('drops the nonsense of a tiny model and fluent text about something else', () => {
    const nonsense = exchange('Can you try it?', 'Bealk, quealess.');
    const offTopic = exchange('What should I visit?', 'Paris offers wonderful museums, elegant boulevards and delicious pastries for travellers.');
    expect(groundingShare(nonsense, vocabulary)).toBe(0);
    expect(isGrounded(nonsense, vocabulary)).toBe(false);
    expect(isGrounded(offTopic, vocabulary)).toBe(false);
  });

  it('does not judge what it cannot measure: no source (free mode) or no content words', () => {
    expect(isGrounded(exchange('Hi there?', 'Bealk, quealess.'), sourceVocabulary(''))).toBe(true);
    expect(groundingShare(exchange('Is it?', 'Yes, it is.'), vocabulary)).toBeUndefined();
  });
});

describe('keyword caps', () => {
  it('drops over-long keywords and phrases of more than four words, keeps the rest', () => {
    const runaway = 'compression '.repeat(92).trim(); // 1,103 characters, as model output once gave
    expect(normalizeKeywords(['zlib', runaway, 'Windows DLL', 'how to build the zlib DLL file', '  Visual   Basic '])).toEqual(['zlib', 'windows dll', 'visual basic']);
  });
});
