// Where free mode's instructions come from: explicit ones (typed in the menu, --instructions) win;
// else the user's prompts/free_mode/prompt.txt when agent.free.use_prompt_file is on.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../../errors.js';

const FREE_PROMPT_FILE = 'free_mode/prompt.txt';

export interface FreeInstructions {
  text: string;
  /** Where they came from, used as the source of samples written without documents. */
  origin: string;
}

/** The user's own prompt file only (no packaged fallback): its absence is what makes the menu ask. */
async function readFreePromptFile(promptsDir: string): Promise<string | undefined> {
  try {
    const text = (await readFile(path.join(promptsDir, FREE_PROMPT_FILE), 'utf8')).trim();
    return text || undefined;
  } catch {
    return undefined;
  }
}

export async function findFreeInstructions(options: { promptsDir: string; usePromptFile: boolean; instructions?: string }): Promise<FreeInstructions | undefined> {
  const given = options.instructions?.trim();
  if (given) return { text: given, origin: 'instructions' };
  if (!options.usePromptFile) return undefined;
  const fromFile = await readFreePromptFile(options.promptsDir);
  return fromFile ? { text: fromFile, origin: `prompts/${FREE_PROMPT_FILE}` } : undefined;
}

export async function requireFreeInstructions(options: { promptsDir: string; usePromptFile: boolean; instructions?: string }): Promise<FreeInstructions> {
  const found = await findFreeInstructions(options);
  if (found) return found;
  throw new ConfigError(
    'Free mode needs instructions for the agent, and none were given.',
    `Write them in prompts/${FREE_PROMPT_FILE} (with agent.free.use_prompt_file: true), type them in the menu, or pass --instructions "...".`,
  );
}
