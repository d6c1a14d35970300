// `kill -9` at random moments while a process re-splits and re-exports a 20,000-sample dataset over
// and over: whatever the moment, the folder holds one consistent set (train + validation + CSV + stats
// of the same split) or the previous one, and the next export leaves no temporary file behind.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDataset } from '../../src/core/export/export-dataset.js';
import { openDatabase } from '../../src/core/store/database.js';
import { createDataset } from '../../src/core/store/datasets.js';
import { insertSamples, newSampleId } from '../../src/core/store/samples.js';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';

const SAMPLES = 20_000;

function makeDataset(dbFile: string): string {
  const db = openDatabase(dbFile);
  const ds = createDataset(db, { name: 'crashy', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
  const samples = Array.from({ length: SAMPLES }, (_, i) => ({
    id: newSampleId(),
    conversation: { turns: [{ role: 'user' as const, content: `Question ${i}: how do I reset the thermostat?` }, { role: 'assistant' as const, content: `Hold the button for ${i % 30} seconds.` }] },
    source: { file: `faq-${i % 7}.md` },
    keywords: ['thermostat'],
    origin: 'identified' as const,
    tokenLength: 40,
  }));
  insertSamples(db, ds.id, samples);
  db.close();
  return ds.id;
}

/** Every file of the set agrees on how many samples are in train and in validation. */
function checkConsistent(dir: string): void {
  if (!fs.existsSync(dir)) return; // the very first export had not arrived yet
  const lines = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean).length;
  const train = lines('crashy_train.jsonl');
  const validation = lines('crashy_validation.jsonl');
  expect(train + validation).toBe(SAMPLES);
  const stats = JSON.parse(fs.readFileSync(path.join(dir, 'crashy_stats.json'), 'utf8'));
  expect([stats.counts.train, stats.counts.validation]).toEqual([train, validation]);
  const csv = fs.readFileSync(path.join(dir, 'crashy_metadata.csv'), 'utf8');
  expect(csv.match(/,validation,/g)?.length).toBe(validation);
}

describe('kill -9 during export', () => {
  it('never leaves a mixed set, and stray temporaries are cleaned by the next export', async () => {
    const root = tempDir();
    const dbFile = path.join(root, 'ftdb.db');
    const outDir = path.join(root, 'out');
    const id = makeDataset(dbFile);
    const script = `
      import { openDatabase } from './src/core/store/database.ts';
      import { listSamples, saveSplits } from './src/core/store/samples.ts';
      import { exportDataset } from './src/core/export/export-dataset.ts';
      const [dbFile, id, outDir] = process.argv.slice(1);
      const db = openDatabase(dbFile);
      const ids = listSamples(db, id).map((s) => s.id);
      console.log('ready');
      for (let round = 0; ; round++) {
        const share = [0.9, 0.5, 0.7][round % 3];
        saveSplits(db, id, new Map(ids.map((s, i) => [s, i < ids.length * share ? 'train' : 'validation'])));
        exportDataset(db, id, { outDir, includeCsv: true, includeStats: true });
      }`;
    for (let attempt = 0; attempt < 5; attempt++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dbFile, id, outDir], { cwd: REPO_ROOT });
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.random() * 2500));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('close', resolve));
      checkConsistent(path.join(outDir, 'crashy'));
    }
    const db = openDatabase(dbFile);
    exportDataset(db, id, { outDir, includeCsv: true, includeStats: true });
    db.close();
    checkConsistent(path.join(outDir, 'crashy'));
    expect(fs.readdirSync(outDir)).toEqual(['crashy']);
    expect(fs.readdirSync(path.join(outDir, 'crashy')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 180_000);
});
