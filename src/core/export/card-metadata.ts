// The YAML front matter of the dataset card, in the Hub's dataset-card metadata format
// (https://github.com/huggingface/hub-docs/blob/main/datasetcard.md): configs, license, language, tasks, size, tags.
import { detectLanguage } from '../agents/quality/language.js';
import type { StoredSample } from '../store/samples.js';

/** Data files of one format, relative to the card; `dataset` is the unsplit file. */
export interface CardDataFiles {
  train?: string;
  validation?: string;
  dataset?: string;
}

// The Hub's size_categories buckets (huggingface/datasets utils/resources/size_categories.json).
const SIZE_BUCKETS: Array<[number, string]> = [
  [1e3, 'n<1K'],
  [1e4, '1K<n<10K'],
  [1e5, '10K<n<100K'],
  [1e6, '100K<n<1M'],
  [1e7, '1M<n<10M'],
  [1e8, '10M<n<100M'],
  [1e9, '100M<n<1B'],
  [1e10, '1B<n<10B'],
  [1e11, '10B<n<100B'],
  [1e12, '100B<n<1T'],
];

function sizeCategory(examples: number): string {
  return SIZE_BUCKETS.find(([limit]) => examples < limit)?.[1] ?? 'n>1T';
}

/** A language counts when at least this share of the samples is confidently in it. */
const LANGUAGE_MIN_SHARE = 0.1;
/** Languages are guessed on at most this many samples, spread evenly (the guess costs ~0.2 ms a sample). */
const LANGUAGE_SAMPLE = 1000;

/** ISO 639-1 codes of the languages the samples are written in, most frequent first. */
export function detectedLanguages(all: StoredSample[]): string[] {
  const step = Math.max(1, all.length / LANGUAGE_SAMPLE);
  const samples = all.length <= LANGUAGE_SAMPLE ? all : Array.from({ length: LANGUAGE_SAMPLE }, (_, i) => all[Math.floor(i * step)]);
  const counts = new Map<string, number>();
  for (const s of samples) {
    const text = [s.conversation.system ?? '', ...s.conversation.turns.map((t) => t.content)].join('\n');
    const language = detectLanguage(text)?.language;
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, n]) => n >= Math.max(1, LANGUAGE_MIN_SHARE * samples.length))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([language]) => language);
}

export interface CardMetadataInput {
  prettyName: string;
  license?: string;
  languages: string[];
  examples: number;
  files: CardDataFiles;
  provider: string;
  mode: string;
  hasGenerated: boolean;
}

export function cardMetadata(input: CardMetadataInput): Record<string, unknown> {
  const dataFiles = input.files.dataset
    ? [{ split: 'train', path: input.files.dataset }]
    : [
        ...(input.files.train ? [{ split: 'train', path: input.files.train }] : []),
        ...(input.files.validation ? [{ split: 'validation', path: input.files.validation }] : []),
      ];
  const tags = ['fine-tuning', 'conversational', 'ftdb', input.provider, `${input.mode}-mode`];
  if (input.hasGenerated) tags.push('synthetic');
  return {
    pretty_name: input.prettyName,
    ...(input.license ? { license: input.license } : {}),
    ...(input.languages.length > 0 ? { language: input.languages } : {}),
    task_categories: ['text-generation'],
    size_categories: [sizeCategory(input.examples)],
    tags,
    configs: [{ config_name: 'default', data_files: dataFiles }],
  };
}
