// Writes a stored dataset to output_datasets/NAME/: JSONL in the target's format, CSV metadata, stats.
import path from 'node:path';
import type { Db } from '../store/database.js';
import { effectiveSplit, listSamples, type StoredSample } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { datasetTarget } from './dataset-target.js';
import { toCsv } from './csv.js';
import { sanitizeName } from './names.js';
import { requireDataset, statsForDataset } from './dataset-stats.js';
import { removeIfExists, writeFileAtomic } from './write-file.js';

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

export const CSV_COLUMNS = [
  'sample_id',
  'content_preview',
  'token_length',
  'topic_keywords',
  'source_file',
  'split',
  'source_location',
  'origin',
  'quality_score',
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
  const paths = {
    train: path.join(dir, `${name}_train.jsonl`),
    validation: path.join(dir, `${name}_validation.jsonl`),
    dataset: path.join(dir, `${name}.jsonl`),
    csv: path.join(dir, `${name}_metadata.csv`),
    stats: path.join(dir, `${name}_stats.json`),
  };
  if (splits.some((s) => s === 'validation')) {
    writeFileAtomic(paths.train, jsonl(pick((s) => s === 'train' || s === null)));
    writeFileAtomic(paths.validation, jsonl(pick((s) => s === 'validation')));
    removeIfExists(paths.dataset);
    files.train = paths.train;
    files.validation = paths.validation;
  } else {
    writeFileAtomic(paths.dataset, jsonl(pick((s) => s !== 'excluded')));
    removeIfExists(paths.train);
    removeIfExists(paths.validation);
    files.dataset = paths.dataset;
  }
  if (options.includeCsv) {
    writeFileAtomic(paths.csv, toCsv(CSV_COLUMNS, samples.map((s, i) => csvRow(s, splits[i]))));
    files.csv = paths.csv;
  }
  if (options.includeStats) {
    writeFileAtomic(paths.stats, `${JSON.stringify(statsForDataset(db, datasetId), null, 2)}\n`);
    files.stats = paths.stats;
  }
  return files;
}

const PREVIEW_LENGTH = 160;

export function contentPreview(sample: Pick<StoredSample, 'conversation'>): string {
  const text = sample.conversation.turns.map((t) => `${t.role}: ${t.content}`).join(' | ').replace(/\s+/g, ' ');
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
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
  ];
}
