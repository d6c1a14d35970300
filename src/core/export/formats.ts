// Which data files an export writes: "jsonl" (the provider's format), "parquet" (the Hub's), or both.
import { EXPORT_FORMATS, FORMAT_CHOICES, type ExportFormat } from '../choices.js';
import { ConfigError } from '../errors.js';

/** "jsonl,parquet" → ['jsonl', 'parquet'], in a fixed order; undefined when a part is unknown or nothing is given. */
export function parseFormats(value: string): ExportFormat[] | undefined {
  const parts = value.split(',').map((p) => p.trim().toLowerCase()).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !(EXPORT_FORMATS as readonly string[]).includes(p))) return undefined;
  return EXPORT_FORMATS.filter((f) => parts.includes(f));
}

export function requireFormats(value: string, source = '--format'): ExportFormat[] {
  const formats = parseFormats(value);
  if (!formats) {
    throw new ConfigError(`${source} "${value}" is not a list of export formats.`, `Use ${FORMAT_CHOICES.map((c) => `"${c}"`).join(', ')}.`);
  }
  return formats;
}
