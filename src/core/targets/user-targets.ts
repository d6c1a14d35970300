// targets.yaml in the working folder: adds targets or overrides packaged ones, so a user can follow a
// provider's changes (a new model, a moved shutdown date) without waiting for a release.
//
//   targets:
//     - provider: openai                 # override: provider + id of a packaged target, then any keys
//       id: gpt-4o-mini-2024-07-18
//       trainingEndsDate: 2027-02-01
//     - provider: open                   # addition: a full target (same keys as src/core/targets/registry/*.json)
//       id: my-model-hf
//       ...
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { describeIssues, targetOverrideSchema, targetSchema } from './target-schema.js';
import type { TargetModel } from './types.js';

const USER_TARGETS_FILE = 'targets.yaml';

type Override = z.infer<typeof targetOverrideSchema>;

const fileSchema = z.object({ targets: z.array(z.unknown()) }).strict();

/** The entries of targets.yaml in `dir` (none when there is no file); a bad file is a ConfigError naming the key. */
export function loadUserTargets(dir: string): { file: string; entries: Override[] } {
  const file = path.join(dir, USER_TARGETS_FILE);
  if (!existsSync(file)) return { file, entries: [] };
  const hint = `Fix ${file} (keys as in the packaged registry, see \`ftdb models --json\`) or remove it.`;
  let raw: unknown;
  try {
    // Dates stay strings: YAML 1.2 core schema has no timestamp type.
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`, hint);
  }
  const shape = fileSchema.safeParse(raw);
  if (!shape.success) throw new ConfigError(`${file}: ${describeIssues(shape.error, 'targets.yaml')}`, hint);
  const entries = shape.data.targets.map((entry, i) => {
    const parsed = targetOverrideSchema.safeParse(entry);
    if (!parsed.success) throw new ConfigError(`${file}: ${describeIssues(parsed.error, `targets[${i}]`)}`, hint);
    // Only the keys the user wrote: schema defaults (aliases: []) must not wipe packaged values.
    const written = new Set(Object.keys(entry as object));
    return Object.fromEntries(Object.entries(parsed.data).filter(([key]) => written.has(key))) as Override;
  });
  return { file, entries };
}

/** Applies overrides key by key and appends new targets, each checked as a whole target. */
export function mergeTargets(packaged: TargetModel[], user: { file: string; entries: Override[] }): TargetModel[] {
  const models = [...packaged];
  user.entries.forEach((entry, i) => {
    const at = models.findIndex((m) => m.provider === entry.provider && m.id.toLowerCase() === entry.id.toLowerCase());
    const merged = targetSchema.safeParse(at >= 0 ? { ...models[at], ...entry } : entry);
    if (!merged.success) {
      const what = at >= 0 ? `overriding ${entry.provider}/${entry.id}` : `new target ${entry.provider}/${entry.id}`;
      throw new ConfigError(
        `${user.file}: targets[${i}] (${what}): ${describeIssues(merged.error, `targets[${i}]`)}`,
        'A new target needs every required key (provider, id, displayName, status, format, maxTokensPerExample, overLimit, minExamples, tokenizer, source).',
      );
    }
    if (at >= 0) models[at] = merged.data;
    else models.push(merged.data);
  });
  return models;
}
