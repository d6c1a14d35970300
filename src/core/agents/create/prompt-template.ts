// Prompt files are plain text users may edit, with {placeholders} filled at run time.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../../errors.js';
import { resolvePromptFile } from '../../paths.js';

/** A prompt from the user's prompts/ folder, else the packaged default. */
export async function readPromptFile(promptsDir: string, relative: string): Promise<string> {
  const file = resolvePromptFile(promptsDir, relative);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the prompt file ${file}: ${(error as Error).message}`, `Restore prompts/${relative} (the packaged default is used when yours is missing).`);
  }
}

/** Replaces {name} for every name given; other braces (such as a JSON example) stay as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{([a-z_]+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function hashOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
