// Create mode: new conversations grounded in chunks of the documents.
import { runGeneration, type GenerationOptions } from '../generation.js';
import type { GenerationPrompt, GenerationResult } from '../generation/types.js';
import type { AgentClient } from '../../llm/types.js';
import { makeGenerationPrompt, type GenerationSettings } from './generation-prompt.js';
import { readPromptFile } from './prompt-template.js';

const CREATE_PROMPT_FILE = 'system/create_mode.txt';
const JUDGE_PROMPT_FILE = 'system/judge.txt';

export async function loadCreatePrompt(promptsDir: string, settings: GenerationSettings): Promise<GenerationPrompt> {
  return makeGenerationPrompt(await readPromptFile(promptsDir, CREATE_PROMPT_FILE), settings);
}

export interface AgentRunOptions extends Omit<GenerationOptions, 'prompt' | 'samplesPerCall' | 'turns' | 'judge'> {
  promptsDir: string;
  settings: GenerationSettings;
  /** Optional LLM judge: scores 1-10, below minScore regenerated once then dropped. */
  judge?: { minScore: number; client?: AgentClient };
}

/** The judge settings for runGeneration, reading the judge prompt; undefined when judging is off. */
export async function judgeSettings(options: Pick<AgentRunOptions, 'judge' | 'client' | 'promptsDir'>): Promise<GenerationOptions['judge']> {
  if (!options.judge) return undefined;
  return {
    client: options.judge.client ?? options.client,
    minScore: options.judge.minScore,
    systemPrompt: await readPromptFile(options.promptsDir, JUDGE_PROMPT_FILE),
  };
}

export async function runCreateAgent(options: AgentRunOptions): Promise<GenerationResult> {
  const prompt = await loadCreatePrompt(options.promptsDir, options.settings);
  return runGeneration({
    ...options,
    prompt,
    samplesPerCall: options.settings.samplesPerCall,
    turns: options.settings.turns,
    judge: await judgeSettings(options),
  });
}
