// Writes a stored dataset to output_datasets/NAME/: JSONL in the target's format and/or Parquet, CSV
// metadata, stats, and the dataset card README.md.
import path from 'node:path';
import type { Db } from '../store/database.js';
import type { DatasetRow } from '../store/datasets.js';
import { effectiveSplit, listSamples, type StoredSample } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { resolveTarget } from '../targets/registry.js';
import { toCsv } from './csv.js';
import { sanitizeName } from './names.js';
import { requireDataset, statsForDataset } from './dataset-stats.js';
import type { CardDataFiles } from './card-metadata.js';
import { parseFormats, type ExportFormat } from './formats.js';
import { isHubLicense } from './hub-licenses.js';
import { writeCard, writeParquetFiles, writeProvenance, type SplitGroups } from './hub-files.js';
import { removeIfExists, writeFileAtomic } from './write-file.js';

export interface ExportFiles {
  train?: string;
  validation?: string;
  dataset?: string;
  csv?: string;
  stats?: string;
  parquetTrain?: string;
  parquetValidation?: string;
  parquetDataset?: string;
  provenance?: string;
  card?: string;
}

export interface ExportOptions {
  outDir: string;
  includeCsv: boolean;
  includeStats: boolean;
  /** Default: output.format of the config the dataset was built with. */
  formats?: ExportFormat[];
  /** A Hub license id for the card. Default: output.license of the config the dataset was built with. */
  license?: string;
  /** Provenance columns in Parquet and a sidecar file beside the JSONL. */
  withMetadata?: boolean;
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
  const target = resolveTarget(dataset.provider, dataset.model);
  const stored = storedOutput(dataset);
  const formats = options.formats ?? stored.formats;
  const withMetadata = options.withMetadata ?? false;
  const name = sanitizeName(dataset.name);
  const dir = path.join(options.outDir, name);
  const samples = listSamples(db, datasetId);
  const splits = samples.map(effectiveSplit);
  const line = (s: StoredSample) => JSON.stringify(formatExample(target, s.conversation));
  const pick = (wanted: (split: ReturnType<typeof effectiveSplit>) => boolean) =>
    samples.filter((_, i) => wanted(splits[i]));
  const jsonl = (rows: StoredSample[]) => rows.map((s) => `${line(s)}\n`).join('');
  const groups: SplitGroups = splits.some((s) => s === 'validation')
    ? { train: pick((s) => s === 'train' || s === null), validation: pick((s) => s === 'validation') }
    : { dataset: pick((s) => s !== 'excluded') };

  const files: ExportFiles = {};
  const paths = {
    train: path.join(dir, `${name}_train.jsonl`),
    validation: path.join(dir, `${name}_validation.jsonl`),
    dataset: path.join(dir, `${name}.jsonl`),
    csv: path.join(dir, `${name}_metadata.csv`),
    stats: path.join(dir, `${name}_stats.json`),
    provenance: path.join(dir, `${name}_provenance.jsonl`),
    card: path.join(dir, 'README.md'),
  };
  const written: CardDataFiles = {};
  if (formats.includes('jsonl')) {
    for (const [group, rows] of Object.entries(groups) as [keyof CardDataFiles, StoredSample[]][]) {
      writeFileAtomic(paths[group], jsonl(rows));
      files[group] = written[group] = paths[group];
    }
    if (withMetadata) {
      writeProvenance(paths.provenance, groups);
      files.provenance = paths.provenance;
    }
  }
  const parquet = formats.includes('parquet') ? writeParquetFiles(dir, name, groups, withMetadata) : undefined;
  if (parquet) Object.assign(files, { parquetTrain: parquet.train, parquetValidation: parquet.validation, parquetDataset: parquet.dataset });
  if (options.includeCsv) {
    writeFileAtomic(paths.csv, toCsv(CSV_COLUMNS, samples.map((s, i) => csvRow(s, splits[i]))));
    files.csv = paths.csv;
  }
  if (options.includeStats) {
    writeFileAtomic(paths.stats, `${JSON.stringify(statsForDataset(db, datasetId), null, 2)}\n`);
    files.stats = paths.stats;
  }
  removeStale(dir, name, files);
  const license = options.license ?? stored.license;
  const kept = Object.values(groups).flat();
  writeCard(db, dataset, { file: paths.card, jsonl: written, parquet, provenance: files.provenance, license, withMetadata, samples: kept });
  files.card = paths.card;
  return files;
}

/** Data files of another layout or format than this export's go, after the new ones are in place: the folder is one export. */
function removeStale(dir: string, name: string, files: ExportFiles): void {
  const kept = new Set(Object.values(files));
  const candidates = ['_train', '_validation', ''].flatMap((suffix) => [`${name}${suffix}.jsonl`, `${name}${suffix}.parquet`]);
  for (const file of [...candidates, `${name}_provenance.jsonl`].map((f) => path.join(dir, f))) {
    if (!kept.has(file)) removeIfExists(file);
  }
}

/** The output settings saved with the dataset's build: an export of a stored dataset keeps its choices. */
function storedOutput(dataset: DatasetRow): { formats: ExportFormat[]; license?: string } {
  const config = (dataset.config ? JSON.parse(dataset.config) : {}) as { output?: { format?: string; license?: string } };
  const formats = parseFormats(config.output?.format ?? 'jsonl') ?? ['jsonl'];
  const license = config.output?.license;
  return { formats, license: license && isHubLicense(license) ? license : undefined };
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
