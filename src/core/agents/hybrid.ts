// Hybrid mode: conversations found in the documents first, then generated ones up to dataset_size.
// generation_ratio is the share of the dataset that is generated when the documents hold plenty of
// conversations; when they hold fewer, generation fills the gap so the dataset still reaches its size.
// Generated samples that near-duplicate an identified one are dropped.
import { runCreateAgent, type AgentRunOptions } from './create/create-agent.js';
import { dedupText } from './generation/answer-schema.js';
import { roundRobinBy } from './generation/plan.js';
import type { GenerationResult } from './generation/types.js';
import type { Conversation } from '../types.js';

export interface HybridPlan {
  /** How many identified conversations to keep (picked across files in turn: pickIdentified). */
  keepIdentified: number;
  /** How many conversations to generate in total (including any generated before a resume). */
  generate: number;
}

export function planHybrid(identifiedCount: number, datasetSize: number, generationRatio: number): HybridPlan {
  const ratio = Math.min(1, Math.max(0, generationRatio));
  const identifiedRoom = datasetSize - Math.round(datasetSize * ratio);
  const keepIdentified = Math.min(identifiedCount, identifiedRoom);
  return { keepIdentified, generate: datasetSize - keepIdentified };
}

/** The identified conversations to keep: taken across files in turn, so one long file does not fill the share. */
export function pickIdentified<T extends { source: { file: string } }>(identified: readonly T[], keep: number): T[] {
  return roundRobinBy(identified, (sample) => sample.source.file).slice(0, keep);
}

export interface HybridOptions extends Omit<AgentRunOptions, 'target'> {
  /** The identified samples kept (see planHybrid), already committed by the pipeline. */
  identified: ReadonlyArray<{ id: string; conversation: Conversation }>;
  /** planHybrid(...).generate minus generated samples already stored (resume). */
  target: number;
}

export async function runHybridAgent(options: HybridOptions): Promise<GenerationResult> {
  const identifiedTexts = options.identified.map((sample) => ({ id: sample.id, text: dedupText(sample.conversation.turns) }));
  return runCreateAgent({
    ...options,
    dedup: { ...options.dedup, seen: [...identifiedTexts, ...(options.dedup?.seen ?? [])] },
  });
}
