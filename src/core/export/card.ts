// The dataset card (README.md beside the data files): Hub metadata as YAML front matter, then what the
// dataset is, where it came from and how to load it. Built from the stats only: no key, no local path.
import path from 'node:path';
import { stringify } from 'yaml';
import { scrubSecrets } from '../scrub-secrets.js';
import { cardMetadata, type CardDataFiles, type CardMetadataInput } from './card-metadata.js';
import type { DatasetStats } from './stats.js';

export interface CardInput {
  stats: DatasetStats;
  metadata: CardMetadataInput;
  /** The files each format wrote, relative to the card. */
  jsonl: CardDataFiles;
  parquet?: CardDataFiles;
  parquetColumns: string[];
  /** The provenance sidecar of the JSONL files (--with-metadata). */
  provenanceFile?: string;
  agent?: { provider: string; model: string };
  generation?: { jobsDone: number; jobsFailed: number; samples: number };
}

interface SplitSettingsView {
  enabled?: boolean;
  ratio?: number;
  strategy?: string;
  weightBy?: string;
  seed?: number;
}

const MAX_SOURCES = 20;

/** A source is a path relative to the input folder; never let an absolute one reach a published card. */
function publicSource(file: string): string {
  return path.isAbsolute(file) || /^[a-z]:[\\/]/i.test(file) ? path.basename(file) : file;
}

function splitLine(stats: DatasetStats): string {
  const split = (stats.split ?? {}) as SplitSettingsView;
  const { train, validation } = stats.counts;
  if (validation === 0 || split.enabled === false) return `Not split: all ${stats.counts.total} examples are in \`train\`.`;
  const share = typeof split.ratio === 'number' ? `${Math.round(split.ratio * 100)}/${100 - Math.round(split.ratio * 100)}` : 'custom';
  const by = split.strategy === 'weighted' ? `weighted by ${split.weightBy ?? 'source'}` : 'random';
  return `${train} train / ${validation} validation (${share}, ${by}, seed ${split.seed ?? 'unknown'}); near-duplicates are kept on one side.`;
}

function sourcesTable(stats: DatasetStats): string[] {
  const rows = stats.distribution.bySource.slice(0, MAX_SOURCES).map((r) => `| ${publicSource(r.key).replace(/\|/g, '\\|')} | ${r.total} |`);
  const more = stats.distribution.bySource.length - rows.length;
  return ['| Source document | Examples |', '| --- | ---: |', ...rows, ...(more > 0 ? [`| (${more} more) | |`] : [])];
}

function loadSnippet(input: CardInput): string[] {
  const files = input.parquet ?? input.jsonl;
  const entries = Object.entries(files.dataset ? { train: files.dataset } : { train: files.train, validation: files.validation })
    .filter(([, f]) => f)
    .map(([split, f]) => `"${split}": "${f}"`);
  const builder = input.parquet ? 'parquet' : 'json';
  return [
    '```python',
    'from datasets import load_dataset',
    '',
    '# from the Hub: load_dataset("OWNER/NAME"); from this folder:',
    `ds = load_dataset("${builder}", data_files={${entries.join(', ')}})`,
    '```',
  ];
}

export function renderCard(input: CardInput): string {
  const { stats } = input;
  const t = stats.tokens;
  const rules = Object.entries(stats.findings.by_rule).map(([rule, n]) => `${rule} ×${n}`).join(', ');
  const findingsLine =
    stats.findings.errors + stats.findings.warnings === 0
      ? "Every example passed the target's format and limit checks."
      : `${stats.findings.errors} error(s), ${stats.findings.warnings} warning(s) from the target's checks (${rules}); ${stats.counts.excluded} example(s) with errors left out.`;
  const lines = [
    `# ${stats.name}`,
    '',
    `A conversational fine-tuning dataset of ${stats.counts.total} examples for **${stats.target.display_name}** (${stats.target.provider}), built with ftdb from a folder of documents.`,
    '',
    '## Format',
    '',
    `- JSONL files: one example per line in ${stats.target.provider}'s fine-tuning format, ready to upload to its fine-tuning API.`,
    ...(input.parquet
      ? [`- Parquet files (the Hub's viewer and \`datasets\` read these): ${input.parquetColumns.map((c) => `\`${c}\``).join(', ')}; \`messages\` is a list of \`{role, content}\`.`]
      : []),
    ...(input.provenanceFile ? [`- \`${input.provenanceFile}\`: where each JSONL line came from (source file, location, origin), kept out of the provider's lines.`] : []),
    '',
    '## How it was made',
    '',
    `- Mode: \`${stats.mode}\` — ${stats.counts.identified} examples identified verbatim in the documents, ${stats.counts.generated} generated.`,
    ...(input.agent ? [`- Agent model: ${input.agent.provider} / ${input.agent.model}`] : []),
    ...(input.generation
      ? [`- Generation: ${input.generation.jobsDone} job(s) done, ${input.generation.jobsFailed} failed, ${input.generation.samples} sample(s) written.`]
      : []),
    ...(stats.cost_usd > 0 ? [`- Agent cost: $${stats.cost_usd.toFixed(4)}`] : []),
    `- Documents read: ${stats.files_read}${stats.skipped_files.length > 0 ? ` (${stats.skipped_files.length} skipped)` : ''}`,
    '',
    '### Sources',
    '',
    ...sourcesTable(stats),
    '',
    '## Tokens per example',
    '',
    `${t.exact ? 'Counted with the target\'s tokenizer' : 'Estimated (no exact tokenizer for this target)'}: min ${t.min}, median ${t.median}, mean ${t.mean}, p90 ${t.p90}, max ${t.max}; ${t.total} in total (limit ${stats.target.max_tokens_per_example} per example).`,
    '',
    '## Splits',
    '',
    splitLine(stats),
    '',
    '## Validation',
    '',
    findingsLine,
    '',
    '## How to load it',
    '',
    ...loadSnippet(input),
    '',
    ...(input.metadata.license ? [] : ['No license was chosen: set `output.license` in config.yaml or pass `--license` before sharing.', '']),
  ];
  const front = stringify(cardMetadata(input.metadata), { lineWidth: 0 });
  return scrubSecrets(`---\n${front}---\n\n${lines.join('\n')}`);
}
