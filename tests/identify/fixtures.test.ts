// Every shape and every negative in tests/fixtures/identify, with the exact questions expected.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifyConversations, type IdentifiedConversation } from '../../src/core/agents/identify.js';
import { normalizeText } from '../../src/core/agents/identify/normalize.js';
import { loadDocument, sourceText } from './load-document.js';

const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/identify');
const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'expected.json'), 'utf8')) as Record<
  string,
  { asks: string[]; conversations?: number }
>;

/** The user side of every exchange: what precision and recall are computed on. */
const asksOf = (found: IdentifiedConversation[]) =>
  found.flatMap((c) =>
    c.conversation.turns.filter((t, i, turns) => t.role === 'user' && turns[i + 1]?.role === 'assistant').map((t) => t.content),
  );

function runFixture(file: string) {
  const doc = loadDocument(path.join(FIXTURES, file));
  const found = identifyConversations([doc], { minTurns: 1 });
  return { doc, found, asks: asksOf(found) };
}

describe('identify fixtures', () => {
  it('has an expectation for every fixture file', () => {
    const files = fs.readdirSync(FIXTURES).filter((f) => f !== 'expected.json');
    expect(files.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [file, expectation] of Object.entries(expected)) {
    it(`${file}: finds exactly the expected exchanges, verbatim`, () => {
      const { doc, found, asks } = runFixture(file);
      expect(asks).toEqual(expectation.asks);
      if (expectation.conversations !== undefined) expect(found).toHaveLength(expectation.conversations);
      // Verbatim up to whitespace: PDF line wraps inside a paragraph are joined with a space.
      const flat = (text: string) => text.replace(/\s+/g, ' ');
      const source = flat(normalizeText(sourceText(doc)));
      for (const line of found.flatMap((c) => c.conversation.turns.flatMap((t) => t.content.split('\n')))) {
        expect(source).toContain(flat(line));
      }
      for (const c of found) {
        expect(c.source.file).toBe(file);
        expect(c.source.location).toMatch(/^(page \d+, )?(line|row) \d+$/);
        expect(c.confidence).toBeGreaterThan(0);
        expect(c.confidence).toBeLessThanOrEqual(1);
      }
    });
  }

  it('precision and recall over all fixtures', () => {
    let [expectedCount, detected, matched] = [0, 0, 0];
    for (const [file, expectation] of Object.entries(expected)) {
      const unmatched = [...runFixture(file).asks];
      detected += unmatched.length;
      expectedCount += expectation.asks.length;
      for (const ask of expectation.asks) {
        const k = unmatched.indexOf(ask);
        if (k >= 0) {
          unmatched.splice(k, 1);
          matched++;
        }
      }
    }
    const precision = detected === 0 ? 0 : matched / detected;
    const recall = matched / expectedCount;
    console.log(
      `identify fixtures: ${matched}/${expectedCount} expected exchanges found, ${detected} detected; ` +
        `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
