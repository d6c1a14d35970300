// Writes a stored dataset to output_datasets/NAME/: JSONL in the target's format and/or Parquet, CSV
// metadata, stats, and the dataset card README.md.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/database.js';
import type { DatasetRow } from '../store/datasets.js';
import { effectiveSplit, listSamples, type StoredSample } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { contentPreview } from '../text/conversation-text.js';
import { datasetTarget } from './dataset-target.js';
import { toCsv } from './csv.js';
import { sanitizeName } from './names.js';
import { requireDataset, statsForDataset } from './dataset-stats.js';
import type { CardDataFiles } from './card-metadata.js';
import type { ExportFormat } from '../choices.js';
import { parseFormats } from './formats.js';
import { isHubLicense } from './hub-licenses.js';
import { CARD_NAME, parquetNames, provenanceName, writeCard, writeParquetFiles, writeProvenance, type SplitGroups } from './hub-files.js';
import { replaceFolder } from './replace-folder.js';
import { groupsBySplit } from './split-groups.js';

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

/**
 * The samples a caller has just read (and, aligned with them, their JSONL lines in the dataset's
 * format), so an export after a build or re-split reads and formats nothing a second time.
 */
export interface PreparedSamples {
  samples: StoredSample[];
  lines?: readonly string[];
}

export function exportDataset(db: Db, datasetId: string, options: ExportOptions, prepared?: PreparedSamples): ExportFiles {
  const dataset = requireDataset(db, datasetId);
  const target = datasetTarget(dataset);
  const stored = storedOutput(dataset);
  const formats = options.formats ?? stored.formats;
  const withMetadata = options.withMetadata ?? false;
  const name = sanitizeName(dataset.name);
  const dir = path.join(options.outDir, name);
  const samples = prepared?.samples ?? listSamples(db, datasetId);
  const splits = samples.map(effectiveSplit);
  const positions = prepared?.lines ? new Map(samples.map((s, i) => [s, i])) : undefined;
  const line = (s: StoredSample) => {
    const known = positions && prepared?.lines?.[positions.get(s) ?? -1];
    return known ?? JSON.stringify(formatExample(target, s.conversation));
  };
  const groups: SplitGroups = groupsBySplit(samples);

  const files: ExportFiles = {};
  const names = {
    train: `${name}_train.jsonl`,
    validation: `${name}_validation.jsonl`,
    dataset: `${name}.jsonl`,
    csv: `${name}_metadata.csv`,
    stats: `${name}_stats.json`,
    provenance: provenanceName(name),
  };
  // Every name an export of any layout or format writes: one this export does not write is dropped.
  const owned = [...Object.values(names), ...Object.values(parquetNames(name)), CARD_NAME];
  replaceFolder(dir, owned, (staging) => {
    const write = (key: keyof typeof names, content: string) => {
      fs.writeFileSync(path.join(staging, names[key]), content);
      files[key] = path.join(dir, names[key]);
    };
    // Streamed: a 300k-sample file is never one string in memory.
    const writeJsonl = (key: keyof CardDataFiles, rows: StoredSample[]) => {
      writeLines(path.join(staging, names[key]), rows, line);
      files[key] = path.join(dir, names[key]);
    };
    const written: CardDataFiles = {};
    if (formats.includes('jsonl')) {
      for (const [group, rows] of Object.entries(groups) as [keyof CardDataFiles, StoredSample[]][]) {
        writeJsonl(group, rows);
        written[group] = names[group];
      }
      if (withMetadata) {
        writeProvenance(path.join(staging, names.provenance), groups);
        files.provenance = path.join(dir, names.provenance);
      }
    }
    const parquet = formats.includes('parquet') ? writeParquetFiles(staging, name, groups, withMetadata) : undefined;
    if (parquet) {
      const final = (file?: string) => (file ? path.join(dir, file) : undefined);
      Object.assign(files, { parquetTrain: final(parquet.train), parquetValidation: final(parquet.validation), parquetDataset: final(parquet.dataset) });
    }
    if (options.includeCsv) write('csv', toCsv(CSV_COLUMNS, samples.map((s, i) => csvRow(s, splits[i]))));
    const stats = statsForDataset(db, datasetId, samples);
    if (options.includeStats) write('stats', `${JSON.stringify(stats, null, 2)}\n`);
    const license = options.license ?? stored.license;
    const kept = Object.values(groups).flat();
    const provenance = files.provenance ? names.provenance : undefined;
    writeCard(db, dataset, { file: path.join(staging, CARD_NAME), jsonl: written, parquet, provenance, license, withMetadata, samples: kept, stats });
    files.card = path.join(dir, CARD_NAME);
  });
  return files;
}

const LINES_PER_WRITE = 1000;

function writeLines<T>(file: string, rows: readonly T[], line: (row: T) => string): void {
  const fd = fs.openSync(file, 'w');
  try {
    for (let from = 0; from < rows.length; from += LINES_PER_WRITE) {
      fs.writeSync(fd, rows.slice(from, from + LINES_PER_WRITE).map((row) => `${line(row)}\n`).join(''));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The output settings saved with the dataset's build: an export of a stored dataset keeps its choices. */
function storedOutput(dataset: DatasetRow): { formats: ExportFormat[]; license?: string } {
  const config = (dataset.config ? JSON.parse(dataset.config) : {}) as { output?: { format?: string; license?: string } };
  const formats = parseFormats(config.output?.format ?? 'jsonl') ?? ['jsonl'];
  const license = config.output?.license;
  return { formats, license: license && isHubLicense(license) ? license : undefined };
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
