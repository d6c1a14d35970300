// The Hub-facing files of an export, beside the provider's JSONL: Parquet per split, the provenance
// sidecar of the JSONL (--with-metadata) and the dataset card README.md. They are written into the
// export's staging folder (replace-folder.ts), which makes each write atomic as a set; names are
// file names inside the export folder, as the card links them.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/database.js';
import type { DatasetRow } from '../store/datasets.js';
import { jobSummary } from '../store/jobs.js';
import type { StoredSample } from '../store/samples.js';
import { packageVersion } from '../version.js';
import { renderCard } from './card.js';
import { detectedLanguages, type CardDataFiles } from './card-metadata.js';
import { statsForDataset } from './dataset-stats.js';
import type { DatasetStats } from './stats.js';
import { parquetBytes, parquetColumnNames } from './parquet.js';

/** The samples of each data file: train + validation when split, else one unsplit file. */
export type SplitGroups = Partial<Record<keyof CardDataFiles, StoredSample[]>>;

export const CARD_NAME = 'README.md';

export const provenanceName = (name: string): string => `${name}_provenance.jsonl`;

/** The Parquet file name of each layout's data files. */
export function parquetNames(name: string): Required<CardDataFiles> {
  return { train: `${name}_train.parquet`, validation: `${name}_validation.parquet`, dataset: `${name}.parquet` };
}

/** Writes one Parquet file per group into `dir`; returns their file names. */
export function writeParquetFiles(dir: string, name: string, groups: SplitGroups, withMetadata: boolean): CardDataFiles {
  const files: CardDataFiles = {};
  const createdBy = `ftdb ${packageVersion()}`;
  const names = parquetNames(name);
  for (const [group, samples] of Object.entries(groups) as [keyof CardDataFiles, StoredSample[]][]) {
    fs.writeFileSync(path.join(dir, names[group]), parquetBytes(samples, { withMetadata, createdBy }));
    files[group] = names[group];
  }
  return files;
}

/** One line per JSONL line (split + 1-based line number), so provenance joins back without touching the provider's lines. */
export function writeProvenance(file: string, groups: SplitGroups): void {
  const rows = Object.entries(groups).flatMap(([group, samples]) =>
    (samples ?? []).map((s, i) => ({
      split: group === 'dataset' ? 'train' : group,
      line: i + 1,
      sample_id: s.id,
      source_file: s.source.file,
      source_location: s.source.location ?? null,
      origin: s.origin,
    })),
  );
  fs.writeFileSync(file, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

interface StoredConfigView {
  mode?: string;
  system?: { agentic_llm?: string; agentic_model?: string };
}

export function writeCard(
  db: Db,
  dataset: DatasetRow,
  out: {
    file: string;
    jsonl: CardDataFiles;
    parquet?: CardDataFiles;
    provenance?: string;
    license?: string;
    withMetadata: boolean;
    samples: StoredSample[];
    /** The dataset's stats when the caller has them (the export): not computed a second time. */
    stats?: DatasetStats;
  },
): void {
  const stats = out.stats ?? statsForDataset(db, dataset.id);
  const config = (dataset.config ? JSON.parse(dataset.config) : {}) as StoredConfigView;
  const usedAgent = stats.counts.generated > 0 || dataset.mode !== 'identify';
  const jobs = jobSummary(db, dataset.id);
  const { parquet, jsonl } = out;
  const card = renderCard({
    stats,
    metadata: {
      prettyName: dataset.name,
      license: out.license,
      languages: detectedLanguages(out.samples),
      examples: stats.counts.total,
      files: parquet ?? jsonl,
      provider: dataset.provider,
      mode: dataset.mode,
      hasGenerated: stats.counts.generated > 0,
    },
    jsonl,
    parquet,
    parquetColumns: parquetColumnNames(out.withMetadata),
    provenanceFile: out.provenance,
    agent:
      usedAgent && config.system?.agentic_llm && config.system.agentic_model
        ? { provider: config.system.agentic_llm, model: config.system.agentic_model }
        : undefined,
    generation: jobs.done + jobs.failed > 0 ? { jobsDone: jobs.done, jobsFailed: jobs.failed, samples: jobs.samples } : undefined,
  });
  fs.writeFileSync(out.file, card);
}
