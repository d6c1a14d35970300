import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForDedup } from '../../src/core/text/near-duplicates.js';
import { shingleKeys } from '../../src/core/text/shingles.js';

describe('normalizeForDedup', () => {
  it('lowercases, turns punctuation into spaces and collapses whitespace', () => {
    expect(normalizeForDedup('  Hello,   World!!\n\tHow are\u00a0YOU?  ')).toBe('hello world how are you');
    expect(normalizeForDedup('end.Start')).toBe('end start');
    expect(normalizeForDedup('Q: price — $5 (USD)')).toBe('q price 5 usd');
  });

  it('folds compatibility forms and strips symbols outside the BMP', () => {
    expect(normalizeForDedup('ＦＵＬＬ－ｗｉｄｔｈ ﬁle')).toBe('full width file');
    expect(normalizeForDedup('great 👍 job')).toBe('great job');
    expect(normalizeForDedup('Привет, МИР')).toBe('привет мир');
  });

  it('returns an empty string for text without words', () => {
    expect(normalizeForDedup(' ?!… ')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const once = normalizeForDedup(text);
        expect(normalizeForDedup(once)).toBe(once);
      }),
    );
  });
});

describe('shingleKeys', () => {
  // The hasher finds words without building the normalized string; it must agree with it.
  it('gives the same set for a text and its normalized form', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 })),
        fc.integer({ min: 1, max: 4 }),
        (text, size) => {
          expect([...shingleKeys(text, size)]).toEqual([...shingleKeys(normalizeForDedup(text), size)]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has one key per distinct shingle, sorted', () => {
    const keys = shingleKeys('a b c a b c a b c d', 3);
    // distinct 3-word shingles: "a b c", "b c a", "c a b", "b c d"
    expect(keys.length).toBe(4);
    expect([...keys]).toEqual([...keys].sort((x, y) => x - y));
    expect(shingleKeys('just two', 3).length).toBe(1);
    expect(shingleKeys('...', 3).length).toBe(0);
  });

  it('distinguishes word order and word boundaries', () => {
    const key = (text: string) => shingleKeys(text, 3)[0];
    expect(key('a b c')).not.toBe(key('c b a'));
    expect(key('ab c d')).not.toBe(key('a bc d'));
    expect(key('a b')).not.toBe(key('ab'));
  });
});
