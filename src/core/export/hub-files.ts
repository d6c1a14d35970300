// The Hub-facing files of an export, beside the provider's JSONL: Parquet per split, the provenance
// sidecar of the JSONL (--with-metadata) and the dataset card README.md.
import path from 'node:path';
import type { Db } from '../store/database.js';
import type { DatasetRow } from '../store/datasets.js';
import { jobSummary } from '../store/jobs.js';
import type { StoredSample } from '../store/samples.js';
import { packageVersion } from '../version.js';
import { renderCard } from './card.js';
import { detectedLanguages, type CardDataFiles } from './card-metadata.js';
import { statsForDataset } from './dataset-stats.js';
import { parquetColumnNames, writeParquet } from './parquet.js';
import { writeFileAtomic } from './write-file.js';

/** The samples of each data file: train + validation when split, else one unsplit file. */
export type SplitGroups = Partial<Record<keyof CardDataFiles, StoredSample[]>>;

export function writeParquetFiles(dir: string, name: string, groups: SplitGroups, withMetadata: boolean): CardDataFiles {
  const files: CardDataFiles = {};
  const createdBy = `ftdb ${packageVersion()}`;
  for (const [group, samples] of Object.entries(groups) as [keyof CardDataFiles, StoredSample[]][]) {
    const file = path.join(dir, group === 'dataset' ? `${name}.parquet` : `${name}_${group}.parquet`);
    writeParquet(file, samples, { withMetadata, createdBy });
    files[group] = file;
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
  writeFileAtomic(file, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
}

interface StoredConfigView {
  mode?: string;
  system?: { agentic_llm?: string; agentic_model?: string };
}

const relative = (dir: string, files: CardDataFiles): CardDataFiles =>
  Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.relative(dir, f as string).split(path.sep).join('/')]));

export function writeCard(
  db: Db,
  dataset: DatasetRow,
  out: { file: string; jsonl: CardDataFiles; parquet?: CardDataFiles; provenance?: string; license?: string; withMetadata: boolean; samples: StoredSample[] },
): void {
  const dir = path.dirname(out.file);
  const stats = statsForDataset(db, dataset.id);
  const config = (dataset.config ? JSON.parse(dataset.config) : {}) as StoredConfigView;
  const usedAgent = stats.counts.generated > 0 || dataset.mode !== 'identify';
  const jobs = jobSummary(db, dataset.id);
  const parquet = out.parquet ? relative(dir, out.parquet) : undefined;
  const jsonl = relative(dir, out.jsonl);
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
    provenanceFile: out.provenance ? path.basename(out.provenance) : undefined,
    agent:
      usedAgent && config.system?.agentic_llm && config.system.agentic_model
        ? { provider: config.system.agentic_llm, model: config.system.agentic_model }
        : undefined,
    generation: jobs.done + jobs.failed > 0 ? { jobsDone: jobs.done, jobsFailed: jobs.failed, samples: jobs.samples } : undefined,
  });
  writeFileAtomic(out.file, card);
}
