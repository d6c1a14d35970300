// One object per generation mode (identify, create, hybrid, free) behind one interface; a run picks
// its mode once (modeFor) and never asks the mode's name again.
import type { AgentRunOptions } from '../../agents/create/create-agent.js';
import type { GenerationResult } from '../../agents/generation.js';
import type { Sample } from '../../types.js';
import type { GenerateContext, GenerateOutcome } from '../generate-stage.js';

export interface SampleMode {
  /** Writes the dataset's samples, committing each accepted one, and says what it cost. */
  generate(ctx: GenerateContext): Promise<GenerateOutcome>;
}

/** The part of a mode that differs when the agent LLM writes the samples (see agent-stage.ts). */
export interface AgentMode {
  /** How many samples the agent still has to write, and the cost of preparing that (hybrid identifies first). */
  plan(ctx: GenerateContext, alreadyGenerated: number): Promise<{ target: number; costUsd: number }>;
  /** Runs the generation loop with this mode's prompt and inputs; `stored` is what the dataset holds now. */
  run(ctx: GenerateContext, options: AgentRunOptions, stored: readonly Sample[]): Promise<GenerationResult>;
}

/** Create and free mode: the agent writes whatever the dataset size still lacks. */
export async function remainingTarget(ctx: GenerateContext, alreadyGenerated: number): Promise<{ target: number; costUsd: number }> {
  return { target: Math.max(0, ctx.size - alreadyGenerated), costUsd: 0 };
}
