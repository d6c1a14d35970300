// Reads config.yaml (the user's, else the packaged default), applies overrides and validates with zod.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import { ConfigError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { configSchema, type AppConfig } from './schema.js';

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface LoadedConfig {
  config: AppConfig;
  /** The file that was read; undefined when only defaults apply. */
  file?: string;
}

export function loadConfig(options: {
  cwd: string;
  file?: string;
  overrides?: DeepPartial<AppConfig>;
  /** The flag each overridden key came from ("dataset_size" → "--size"), so a bad value names the flag. */
  flagNames?: Record<string, string>;
}): LoadedConfig {
  const file = locateConfigFile(options.cwd, options.file);
  const raw = honourSwitches(file ? readYaml(file) : {}, file);
  const merged = deepMerge(raw, options.overrides ?? {});
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const flagNames = options.flagNames ?? {};
    const fromFlags = parsed.error.issues.filter((issue) => flagNames[issue.path.join('.')]);
    if (fromFlags.length > 0) {
      throw new ConfigError(`Invalid flag value:\n${formatIssues(fromFlags, flagNames)}`, 'Run the command with --help for the allowed values.');
    }
    const where = file ? ` in ${path.relative(options.cwd, file) || file}` : '';
    throw new ConfigError(
      `Invalid configuration${where}:\n${formatIssues(parsed.error.issues)}`,
      'Fix the value in config.yaml (or the flag you passed) and run again.',
    );
  }
  return { config: parsed.data, file };
}

function locateConfigFile(cwd: string, explicit?: string): string | undefined {
  if (explicit) {
    const file = path.resolve(cwd, explicit);
    if (!fs.existsSync(file)) throw new ConfigError(`Config file not found: ${explicit}`, 'Check the path given to --config.');
    return file;
  }
  const own = path.join(cwd, 'config.yaml');
  if (fs.existsSync(own)) return own;
  const packaged = path.join(packageRoot(), 'config.yaml');
  return fs.existsSync(packaged) ? packaged : undefined;
}

function readYaml(file: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(`${file} is not valid YAML: ${message}`, 'Check indentation and quoting near that line.');
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) {
    throw new ConfigError(`${file} must contain a mapping of keys (e.g. "provider: openai").`);
  }
  return doc as Record<string, unknown>;
}

/** One line per issue; `names` renames keys (to the flag that set them). */
export function formatIssues(issues: z.core.$ZodIssue[], names: Record<string, string> = {}): string {
  return issues
    .map((issue) => {
      const path = issue.path.join('.');
      const key = names[path] ?? (path || '(top level)');
      if (issue.code === 'unrecognized_keys') {
        const names = issue.keys.map((k) => (issue.path.length ? `${key}.${k}` : k)).join(', ');
        return `  - unknown key ${names}`;
      }
      if (issue.code === 'invalid_value') {
        return `  - ${key}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      }
      return `  - ${key}: ${issue.message}`;
    })
    .join('\n');
}

const BLOCKS = ['agent', 'ingest', 'output', 'system'] as const;

/**
 * `split: false` / `split: null` mean "no split" and are honoured; a settings block set to false or
 * null is rejected. (Before, the flags' empty overrides silently replaced them with the defaults.)
 */
function honourSwitches(raw: Record<string, unknown>, file?: string): Record<string, unknown> {
  const out = { ...raw };
  if ('split' in out && (out.split === false || out.split === null)) out.split = { enabled: false };
  for (const block of BLOCKS) {
    if (block in out && !isPlainObject(out[block])) {
      throw new ConfigError(
        `Invalid configuration${file ? ` in ${file}` : ''}:\n  - ${block}: must be a mapping of settings, got ${JSON.stringify(out[block])}`,
        `Give ${block} its settings (see the shipped config.yaml) or leave the key out for the defaults.`,
      );
    }
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    out[key] = isPlainObject(value) && isPlainObject(out[key]) ? deepMerge(out[key] as Record<string, unknown>, value) : value;
  }
  return out;
}
