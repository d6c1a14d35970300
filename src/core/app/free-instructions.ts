// Whether free mode can run with no typed instructions: the folder's prompts/free_mode/prompt.txt
// (with agent.free.use_prompt_file on) supplies them. The menu asks before the run, not after.
import type { AppConfig } from '../config/schema.js';

export async function promptFileHasInstructions(promptsDir: string, config: Pick<AppConfig, 'agent'>): Promise<boolean> {
  const { findFreeInstructions } = await import('../agents/free/free-instructions.js');
  return (await findFreeInstructions({ promptsDir, usePromptFile: config.agent.free.use_prompt_file })) !== undefined;
}
