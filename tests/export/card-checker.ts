// A dataset-card checker written from the Hub's docs (hub-docs datasetcard.md, repositories-licenses.md,
// datasets-manual-configuration.md), independent of src/: it reads its lists from tests/fixtures/publish
// and @huggingface/tasks, never from ftdb's own tables. Returns the problems found (empty = valid).
import fs from 'node:fs';
import path from 'node:path';
import { PIPELINE_TYPES } from '@huggingface/tasks';
import { parse } from 'yaml';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'publish');

const LICENSES = new Set(
  [...fs.readFileSync(path.join(FIXTURES, 'repositories-licenses.md'), 'utf8').matchAll(/\|\s*`([^`]+)`\s*\|/g)].map((m) => m[1]),
);
const SIZE_CATEGORIES = new Set(JSON.parse(fs.readFileSync(path.join(FIXTURES, 'size_categories.json'), 'utf8')) as string[]);
const TASKS = new Set<string>(PIPELINE_TYPES);

// The top-level keys of datasetcard.md's metadata example.
const KNOWN_KEYS = new Set([
  'language', 'license', 'license_name', 'license_link', 'license_details', 'tags', 'annotations_creators',
  'language_creators', 'language_details', 'pretty_name', 'size_categories', 'source_datasets', 'task_categories',
  'task_ids', 'paperswithcode_id', 'configs', 'dataset_info', 'extra_gated_fields', 'extra_gated_prompt', 'train-eval-index',
]);

// datasets' rule for split names ("some symbols like dashes '-' are not allowed in split names").
const SPLIT_NAME = /^\w+(\.\w+)*$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export interface CardCheck {
  metadata: Record<string, unknown>;
  body: string;
  problems: string[];
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function checkDataFiles(config: Record<string, unknown>, folder: string | undefined, problems: string[]): void {
  const files = config.data_files;
  const paths: string[] = [];
  if (typeof files === 'string') paths.push(files);
  else if (isStringList(files)) paths.push(...files);
  else if (Array.isArray(files)) {
    for (const entry of files as Record<string, unknown>[]) {
      if (typeof entry !== 'object' || entry === null || Object.keys(entry).sort().join() !== 'path,split') {
        problems.push(`data_files entries need exactly "split" and "path": ${JSON.stringify(entry)}`);
        continue;
      }
      if (typeof entry.split !== 'string' || !SPLIT_NAME.test(entry.split)) problems.push(`bad split name ${JSON.stringify(entry.split)}`);
      if (typeof entry.path === 'string') paths.push(entry.path);
      else if (isStringList(entry.path)) paths.push(...entry.path);
      else problems.push(`path must be a string or a list of strings: ${JSON.stringify(entry.path)}`);
    }
  } else problems.push(`config ${String(config.config_name)} has no data_files`);
  for (const p of paths) {
    if (path.isAbsolute(p) || p.split('/').includes('..')) problems.push(`data file path must be relative to the repo: ${p}`);
    else if (folder && !/[*?[]/.test(p) && !fs.existsSync(path.join(folder, p))) problems.push(`data file ${p} is not beside the card`);
  }
}

/** `folder`: where the card lives, to check that data_files exist. */
export function checkDatasetCard(text: string, folder?: string): CardCheck {
  const problems: string[] = [];
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) return { metadata: {}, body: text, problems: ['no YAML front matter between --- lines at the top'] };
  const metadata = (parse(match[1]) ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(metadata)) if (!KNOWN_KEYS.has(key)) problems.push(`unknown metadata key ${key}`);
  if ('license' in metadata) {
    const licenses = Array.isArray(metadata.license) ? metadata.license : [metadata.license];
    for (const l of licenses) if (typeof l !== 'string' || !LICENSES.has(l)) problems.push(`license ${JSON.stringify(l)} is not a Hub license id`);
    if (licenses.includes('other') && typeof metadata.license_name !== 'string') problems.push('license: other needs license_name');
  }
  if ('language' in metadata) {
    if (!isStringList(metadata.language)) problems.push('language must be a list of codes');
    else for (const l of metadata.language) if (!LANGUAGE.test(l)) problems.push(`language ${l} is not an ISO 639 code`);
  }
  for (const key of ['task_categories', 'size_categories', 'tags'] as const) {
    if (key in metadata && !isStringList(metadata[key])) problems.push(`${key} must be a list of strings`);
  }
  for (const task of isStringList(metadata.task_categories) ? metadata.task_categories : []) {
    if (!TASKS.has(task)) problems.push(`task_categories: ${task} is not a Hub task`);
  }
  for (const size of isStringList(metadata.size_categories) ? metadata.size_categories : []) {
    if (!SIZE_CATEGORIES.has(size)) problems.push(`size_categories: ${size} is not a Hub size category`);
  }
  if ('pretty_name' in metadata && typeof metadata.pretty_name !== 'string') problems.push('pretty_name must be a string');
  if ('configs' in metadata) {
    if (!Array.isArray(metadata.configs)) problems.push('configs must be a list');
    else {
      const names = new Set<string>();
      for (const config of metadata.configs as Record<string, unknown>[]) {
        if (typeof config.config_name !== 'string') problems.push('every config needs a config_name');
        else if (names.has(config.config_name)) problems.push(`config_name ${config.config_name} repeats`);
        else names.add(config.config_name);
        checkDataFiles(config, folder, problems);
      }
    }
  }
  return { metadata, body: match[2], problems };
}
