// The duplicate check of insertSamples looks a hash up through an index, so a build grows linearly
// with its samples (without it every insert scanned the dataset: 100k samples took over 600 s).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/core/store/database.js';
import { createDataset } from '../../src/core/store/datasets.js';
import { insertSamples, newSampleId } from '../../src/core/store/samples.js';
import type { Sample } from '../../src/core/types.js';
import { tempFolder } from '../ingest/helpers/input.js';

const sample = (question: string): Sample => ({
  id: newSampleId(),
  conversation: { turns: [{ role: 'user', content: question }, { role: 'assistant', content: 'An answer.' }] },
  source: { file: 'faq.csv' },
  keywords: [],
  origin: 'identified',
});

describe('content_hash index', () => {
  const folder = tempFolder();

  it('answers the duplicate check from an index, not a scan', () => {
    const db = openDatabase(path.join(folder.dir, 'plan.db'));
    const plan = db
      .prepare('EXPLAIN QUERY PLAN SELECT 1 FROM samples WHERE dataset_id = ? AND content_hash = ? LIMIT 1')
      .all('ds-1', 'h') as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('USING COVERING INDEX idx_samples_dataset_hash');
    db.close();
  });

  it('still skips exact duplicates within and across batches', () => {
    const db = openDatabase(path.join(folder.dir, 'dups.db'));
    const ds = createDataset(db, { name: 'x', provider: 'openai', model: 'm', mode: 'identify', config: {} });
    expect(insertSamples(db, ds.id, [sample('Why?'), sample('How?'), sample('Why?')])).toHaveLength(2);
    expect(insertSamples(db, ds.id, [sample('How?'), sample('When?')])).toHaveLength(1);
    db.close();
  });
});
