// The sample documents shipped in input_files/ must give a new user a useful identify-mode dataset.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countExchanges, identifyConversations } from '../../src/core/agents/identify.js';
import { loadDocument } from './load-document.js';

const INPUT = path.resolve(process.cwd(), 'input_files');
// The smallest dataset Bedrock accepts for fine-tuning (see specs/provider-formats.md).
const BEDROCK_MINIMUM = 32;

describe('input_files samples', () => {
  const files = fs.readdirSync(INPUT).filter((f) => /\.(md|txt|csv)$/.test(f));
  const results = files.map((f) => ({ file: f, found: identifyConversations([loadDocument(path.join(INPUT, f))], { minTurns: 1 }) }));

  it('every sample document holds conversations', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const { file, found } of results) expect(found.length, file).toBeGreaterThan(0);
  });

  it('together they give at least the Bedrock minimum of samples, with 25-40 exchanges', () => {
    const samples = results.reduce((n, r) => n + r.found.length, 0);
    const exchanges = results.reduce((n, r) => n + r.found.reduce((m, c) => m + countExchanges(c.conversation), 0), 0);
    expect(samples).toBeGreaterThanOrEqual(BEDROCK_MINIMUM);
    expect(exchanges).toBeGreaterThanOrEqual(25);
    expect(exchanges).toBeLessThanOrEqual(40);
  });
});
