// Issue 13: a build for Mistral enforces the 1 MB validation file limit that `ftdb validate` knows,
// on the files the split makes (real SQLite file, real finalize: tokens, validation, split, export).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finalizeDataset } from '../../src/core/pipeline/finalize.js';
import { openDatabase } from '../../src/core/store/database.js';
import { createDataset } from '../../src/core/store/datasets.js';
import { insertSamples, newSampleId } from '../../src/core/store/samples.js';
import { resolveTarget } from '../../src/core/targets/registry.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-mistral-size-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('Mistral validation file size in a build', () => {
  it('reports a validation file over the limit as a dataset error', async () => {
    const db = openDatabase(path.join(dir, 'ftdb.db'));
    // Mistral's real limit is 1 MB; mistral-tokenizer-js counts about 60 kB/s, so the test lowers
    // the limit to 20 kB (as a targets.yaml override would) to stay fast on the same code path.
    const packaged = resolveTarget('mistral', 'open-mistral-7b');
    expect(packaged.maxValidationFileBytes).toBe(1_000_000);
    const target = { ...packaged, maxValidationFileBytes: 20_000 };
    const dataset = createDataset(db, { name: 'big', provider: target.provider, model: target.id, mode: 'identify', config: {}, inputDir: dir });
    // 100 samples of ~2.7 kB: a 10% validation share is ~27 kB, over the 20 kB limit.
    const answer = 'The brake pads wear out; replace them when the grooves are gone. '.repeat(40);
    insertSamples(
      db,
      dataset.id,
      Array.from({ length: 100 }, (_, i) => ({
        id: newSampleId(),
        conversation: { turns: [{ role: 'user' as const, content: `Question ${i}?` }, { role: 'assistant' as const, content: `${i}: ${answer}` }] },
        source: { file: 'faq.txt', location: `line ${i}` },
        keywords: ['brakes'],
        origin: 'identified' as const,
      })),
    );
    const result = await finalizeDataset(db, dataset.id, target, {
      split: { enabled: true, ratio: 0.9, strategy: 'random', weightBy: 'source', seed: 1 },
      outDir: path.join(dir, 'out'),
      includeCsv: false,
      includeStats: false,
      emit: () => {},
    });
    db.close();
    // Sizes are shown in the one byte format of core/format-bytes.ts (binary units: 20,000 bytes = 19.5 KB).
    expect(result.datasetErrors).toEqual([expect.stringMatching(/validation file is 2\d\.\d KB; .* accepts at most 19\.5 KB/)]);
  });
});
