// Free mode: the user's instructions drive the agent; the output goes through the same schema,
// filters, dedup, journal and sink as create mode. Without documents it writes from the instructions.
import type { Chunk } from '../../ingest/types.js';
import { judgeSettings, type AgentRunOptions } from '../create/create-agent.js';
import { makeGenerationPrompt, type GenerationSettings } from '../create/generation-prompt.js';
import { hashOf, readPromptFile } from '../create/prompt-template.js';
import { runGeneration } from '../generation.js';
import type { GenerationPrompt, GenerationResult } from '../generation/types.js';
import { requireFreeInstructions, type FreeInstructions } from './free-instructions.js';

const FREE_SYSTEM_FILE = 'system/free_mode.txt';

async function loadFreePrompt(promptsDir: string, settings: GenerationSettings, instructions: FreeInstructions): Promise<GenerationPrompt> {
  return makeGenerationPrompt(await readPromptFile(promptsDir, FREE_SYSTEM_FILE), settings, { instructions: instructions.text });
}

/** One empty chunk standing for "no documents", so the loop and the journal work unchanged. */
function instructionsOnlyChunk(instructions: FreeInstructions): Chunk {
  return { id: `instructions-${hashOf(instructions.text)}`, text: '', file: instructions.origin, location: '', tokens: 0 };
}

export interface FreeAgentOptions extends AgentRunOptions {
  usePromptFile: boolean;
  /** Typed in the menu or passed with --instructions; wins over the prompt file. */
  instructions?: string;
}

export async function runFreeAgent(options: FreeAgentOptions): Promise<GenerationResult> {
  const instructions = await requireFreeInstructions(options);
  const prompt = await loadFreePrompt(options.promptsDir, options.settings, instructions);
  const chunks = options.chunks.length > 0 ? options.chunks : [instructionsOnlyChunk(instructions)];
  return runGeneration({
    ...options,
    chunks,
    prompt,
    samplesPerCall: options.settings.samplesPerCall,
    turns: options.settings.turns,
    judge: await judgeSettings(options),
  });
}
