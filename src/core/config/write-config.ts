// Writes changed values back into config.yaml without disturbing the rest of the file:
// an existing value is replaced in place (its comment and alignment stay byte-for-byte),
// a missing key is added through the yaml Document API (comments kept, layout normalized).
import fs from 'node:fs';
import path from 'node:path';
import YAML, { isScalar } from 'yaml';
import { ConfigError } from '../errors.js';
import { formatIssues } from './load.js';
import { configSchema, type AppConfig } from './schema.js';

export type ConfigValue = string | number | boolean;

export interface ConfigUpdate {
  /** Key path, e.g. ['split', 'ratio']. */
  path: string[];
  value: ConfigValue;
}

/** Returns `text` with the value at `keyPath` set to `value`. */
export function setYamlValue(text: string, keyPath: string[], value: ConfigValue): string {
  const doc = YAML.parseDocument(text);
  const node = doc.getIn(keyPath, true);
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    const source = scalarSource(value, node.type);
    const gap = /^ +(?=#)/.exec(text.slice(end))?.[0].length;
    if (gap === undefined) return text.slice(0, start) + source + text.slice(end);
    // keep the trailing comment in its column
    const spaces = Math.max(1, end - start + gap - source.length);
    return text.slice(0, start) + source + ' '.repeat(spaces) + text.slice(end + gap);
  }
  doc.setIn(keyPath, value);
  return String(doc);
}

function scalarSource(value: ConfigValue, style: string | undefined): string {
  if (typeof value === 'string' && style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (typeof value === 'string' && style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  return YAML.stringify(value).trimEnd();
}

/**
 * Applies the updates to `file` (starting from a copy of `seedFile` when it does not exist yet, e.g. the
 * packaged config.yaml, so its comments come along), checks the result against the schema, and writes
 * it atomically. Returns the validated config of the new file.
 */
export function updateConfigFile(file: string, updates: ConfigUpdate[], seedFile?: string): AppConfig {
  const source = fs.existsSync(file) ? file : seedFile && fs.existsSync(seedFile) ? seedFile : undefined;
  let text = source ? fs.readFileSync(source, 'utf8') : '';
  for (const update of updates) text = setYamlValue(text, update.path, update.value);
  const parsed = configSchema.safeParse(YAML.parse(text) ?? {});
  if (!parsed.success) {
    throw new ConfigError(`That value is not allowed:\n${formatIssues(parsed.error.issues)}`, 'Nothing was written: config.yaml is unchanged.');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  return parsed.data;
}
