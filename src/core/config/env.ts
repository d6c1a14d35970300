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

export function loadDotEnv(file: string, env: NodeJS.ProcessEnv = process.env): string[] {
  if (!fs.existsSync(file)) return [];
  const parsed = parseEnv(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  const applied: string[] = [];
  for (const [key, value] of Object.entries(parsed)) {
    if (env[key] === undefined) {
      env[key] = value;
      applied.push(key);
    }
  }
  return applied;
}

/** True when the provider's key is set (ollama needs none). */
export function hasKeyFor(provider: keyof typeof KEY_VARIABLES, env: NodeJS.ProcessEnv = process.env): boolean {
  const names: readonly string[] = KEY_VARIABLES[provider];
  return names.length === 0 || names.some((name) => Boolean(env[name]?.trim()));
}
