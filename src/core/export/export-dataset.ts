// Writes a stored dataset to output_datasets/NAME/: JSONL in the target's format, CSV metadata, stats.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/database.js';
import { effectiveSplit, listSamples, type StoredSample } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { contentPreview } from '../text/conversation-text.js';
import { datasetTarget } from './dataset-target.js';
import { toCsv } from './csv.js';
import { sanitizeName } from './names.js';
import { requireDataset, statsForDataset } from './dataset-stats.js';
import { replaceFolder } from './replace-folder.js';

export interface ExportFiles {
  train?: string;
  validation?: string;
  dataset?: string;
  csv?: string;
  stats?: string;
}

export interface ExportOptions {
  outDir: string;
  includeCsv: boolean;
  includeStats: boolean;
}

const CSV_COLUMNS = [
  'sample_id',
  'content_preview',
  'token_length',
  'topic_keywords',
  'source_file',
  'split',
  'source_location',
  'origin',
  'quality_score',
  'split_keyword',
];

export function exportDataset(db: Db, datasetId: string, options: ExportOptions): ExportFiles {
  const dataset = requireDataset(db, datasetId);
  const target = datasetTarget(dataset);
  const name = sanitizeName(dataset.name);
  const dir = path.join(options.outDir, name);
  const samples = listSamples(db, datasetId);
  const splits = samples.map(effectiveSplit);
  const line = (s: StoredSample) => JSON.stringify(formatExample(target, s.conversation));
  const pick = (wanted: (split: ReturnType<typeof effectiveSplit>) => boolean) =>
    samples.filter((_, i) => wanted(splits[i]));
  const jsonl = (rows: StoredSample[]) => rows.map((s) => `${line(s)}\n`).join('');

  const files: ExportFiles = {};
  const names = {
    train: `${name}_train.jsonl`,
    validation: `${name}_validation.jsonl`,
    dataset: `${name}.jsonl`,
    csv: `${name}_metadata.csv`,
    stats: `${name}_stats.json`,
  };
  replaceFolder(dir, Object.values(names), (staging) => {
    const write = (key: keyof typeof names, content: string) => {
      fs.writeFileSync(path.join(staging, names[key]), content);
      files[key] = path.join(dir, names[key]);
    };
    if (splits.some((s) => s === 'validation')) {
      write('train', jsonl(pick((s) => s === 'train' || s === null)));
      write('validation', jsonl(pick((s) => s === 'validation')));
    } else {
      write('dataset', jsonl(pick((s) => s !== 'excluded')));
    }
    if (options.includeCsv) write('csv', toCsv(CSV_COLUMNS, samples.map((s, i) => csvRow(s, splits[i]))));
    if (options.includeStats) write('stats', `${JSON.stringify(statsForDataset(db, datasetId, samples), null, 2)}\n`);
  });
  return files;
}

function csvRow(sample: StoredSample, split: ReturnType<typeof effectiveSplit>): unknown[] {
  return [
    sample.id,
    contentPreview(sample),
    sample.tokenLength ?? '',
    sample.keywords.join('; '),
    sample.source.file,
    split ?? 'none',
    sample.source.location ?? '',
    sample.origin,
    sample.qualityScore ?? '',
    sample.splitKeyword ?? '',
  ];
}
