// Loads .env (without overriding variables already set) and reports which keys exist, never their values.
import fs from 'node:fs';
import { parseEnv } from 'node:util';

export const KEY_VARIABLES = {
  openai: ['OPENAI_API_KEY'],
  anthropic: ['ANTHROPIC_API_KEY'],
  google: ['GOOGLE_API_KEY', 'GEMINI_API_KEY'],
  mistral: ['MISTRAL_API_KEY'],
  llama: ['LLAMA_API_KEY'],
  ollama: [],
} as const satisfies Record<string, readonly string[]>;

/** The variables (and values) each environment took from a .env file, not from the real environment. */
const takenFromFile = new WeakMap<NodeJS.ProcessEnv, Map<string, string>>();

/**
 * Applies .env without overriding the real environment. `reread` first drops what an earlier load
 * took from the file, so a key added, changed or removed in .env takes effect without a restart.
 */
export function loadDotEnv(file: string, env: NodeJS.ProcessEnv = process.env, options: { reread?: boolean } = {}): string[] {
  const taken = takenFromFile.get(env) ?? new Map<string, string>();
  takenFromFile.set(env, taken);
  if (options.reread) {
    // a variable set since by someone else is theirs, not the file's: it stays
    for (const [key, value] of taken) if (env[key] === value) delete env[key];
    taken.clear();
  }
  if (!fs.existsSync(file)) return [];
  const parsed = parseEnv(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const applied: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (env[key] === undefined) {
      env[key] = value;
      applied.push(key);
      taken.set(key, value);
    }
  }
  return applied;
}

/** True when the provider's key is set (ollama needs none). */
export function hasKeyFor(provider: keyof typeof KEY_VARIABLES, env: NodeJS.ProcessEnv = process.env): boolean {
  const names: readonly string[] = KEY_VARIABLES[provider];
  return names.length === 0 || names.some((name) => Boolean(env[name]?.trim()));
}
