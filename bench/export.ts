// bench/export: what Parquet and the dataset card add to an export. Baseline in the same run: the same
// export with JSONL only (which also writes the card). Samples are real GSM8K questions and worked
// answers from the test corpus (1,319 records recycled with their index appended). Run: npx tsx bench/export.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportDataset, type ExportOptions } from '../src/core/export/export-dataset.js';
import { openDatabase } from '../src/core/store/database.js';
import { createDataset, refreshTotals } from '../src/core/store/datasets.js';
import { insertSamples, newSampleId } from '../src/core/store/samples.js';
import type { Sample } from '../src/core/types.js';
import { corpusFile } from '../tests/helpers/corpus.js';

const SIZES = [5_000, 20_000];
const ROUNDS = 3;

function records(): { question: string; answer: string }[] {
  return fs.readFileSync(corpusFile('jsonl/gsm8k_test.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
}

function samplesOf(count: number): Sample[] {
  const all = records();
  return Array.from({ length: count }, (_, i) => {
    const r = all[i % all.length];
    return {
      id: newSampleId(),
      conversation: { system: 'You are a patient math tutor.', turns: [{ role: 'user', content: `${r.question} (#${i})` }, { role: 'assistant', content: r.answer }] },
      source: { file: `gsm8k_part_${i % 40}.jsonl`, location: `line ${i + 1}` },
      keywords: ['math', `topic${i % 25}`],
      origin: 'identified',
      tokenLength: 60 + (i % 200),
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const size of SIZES) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-export-'));
  const db = openDatabase(path.join(dir, 'bench.db'));
  const dataset = createDataset(db, { name: 'bench', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
  insertSamples(db, dataset.id, samplesOf(size));
  refreshTotals(db, dataset.id);
  const base: ExportOptions = { outDir: path.join(dir, 'out'), includeCsv: false, includeStats: false };
  const variants: [string, ExportOptions][] = [
    ['jsonl (baseline)', { ...base, formats: ['jsonl'] }],
    ['jsonl + parquet', { ...base, formats: ['jsonl', 'parquet'] }],
    ['jsonl + parquet, --with-metadata', { ...base, formats: ['jsonl', 'parquet'], withMetadata: true }],
  ];
  exportDataset(db, dataset.id, variants[1][1]); // warm-up: loads hyparquet-writer once
  const times = new Map<string, number[]>(variants.map(([name]) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, options] of round % 2 ? [...variants].reverse() : variants) {
      const started = performance.now();
      exportDataset(db, dataset.id, options);
      times.get(name)!.push(performance.now() - started);
    }
  }
  const baseline = median(times.get(variants[0][0])!);
  const parquetBytes = fs.statSync(path.join(dir, 'out', 'bench', 'bench.parquet')).size;
  const jsonlBytes = fs.statSync(path.join(dir, 'out', 'bench', 'bench.jsonl')).size;
  console.log(`\n${size.toLocaleString('en-US')} samples (median of ${ROUNDS})`);
  for (const [name, list] of times) console.log(`  ${name.padEnd(34)} ${median(list).toFixed(0).padStart(6)} ms  ${(median(list) / baseline).toFixed(2)}x`);
  console.log(`  file size: parquet ${(parquetBytes / 1e6).toFixed(2)} MB vs jsonl ${(jsonlBytes / 1e6).toFixed(2)} MB (${(parquetBytes / jsonlBytes).toFixed(2)}x)`);
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
