// One job: ask for a batch of conversations about one chunk, screen them (filters, duplicates, the
// optional judge with one regeneration), and offer the survivors to the sink.
import type { NearDuplicateIndex } from '../../text/near-duplicates.js';
import { LlmError } from '../../llm/errors.js';
import { askStructured } from '../../llm/structured.js';
import type { AgentClient } from '../../llm/types.js';
import { isAbortError } from '../../errors.js';
import { screenConversation, type QualityFilterOptions } from '../quality/filters.js';
import { judgeConversations } from '../quality/judge.js';
import { isGrounded, sourceVocabulary } from '../quality/grounding.js';
import { detectLanguage, type LanguageGuess } from '../quality/language.js';
import { dedupText, toGeneratedSample, validateBatch } from './answer-schema.js';
import { generationRequest } from './request.js';
import type { PlannedJob } from './plan.js';
import type { DropReason, GeneratedSample, GenerationPrompt } from './types.js';

export interface JudgeSettings {
  client: AgentClient;
  minScore: number;
  systemPrompt: string;
}

export interface JobContext {
  client: AgentClient;
  prompt: GenerationPrompt;
  turns: number;
  filters: QualityFilterOptions;
  dedup: NearDuplicateIndex;
  judge?: JudgeSettings;
  signal: AbortSignal;
  avoidFor(chunkId: string): string[];
  drop(reason: DropReason, count?: number): void;
  /** Records money as soon as it is spent, so the budget sees it. */
  spend(costUsd: number): void;
  /** Hands a sample to the sink; false when the target is already met or the sink refused it. */
  offer(sample: GeneratedSample): Promise<boolean>;
  /** A judge score given (kept for the score distribution). */
  scored(score: number): void;
  /** The judge call failed: its samples stay unscored, and the run says so. */
  judgeFailed(error: string): void;
}

export interface JobOutcome {
  accepted: number;
  costUsd: number;
}

/** `ask`: conversations to request (the scheduler sizes it to what the target still needs). */
export async function runChunkJob(ctx: JobContext, job: PlannedJob, ask: number): Promise<JobOutcome> {
  const { chunk } = job;
  const source: ChunkSource = { language: detectLanguage(chunk.text), vocabulary: sourceVocabulary(chunk.text) };
  let costUsd = 0;
  const spend = (usd: number) => {
    costUsd += usd;
    ctx.spend(usd);
  };

  const generate = async (count: number, tag: string, feedback?: string): Promise<GeneratedSample[]> => {
    const request = { ...generationRequest(ctx.prompt, ctx.turns, chunk, { count, avoid: ctx.avoidFor(chunk.id), feedback }), signal: ctx.signal };
    const result = await askStructured(ctx.client, request, validateBatch);
    spend(result.costUsd);
    ctx.drop('invalid', result.value.invalid);
    const samples = result.value.items.map((item, i) => toGeneratedSample(item, chunk, job.key, `${tag}${i}`, ctx.turns));
    return screen(ctx, samples, source);
  };

  let kept = await generate(ask, '');
  if (ctx.judge && kept.length > 0) {
    const low = await findLowScores(ctx, ctx.judge, chunk.text, kept, spend);
    kept = kept.filter((sample) => !low.has(sample));
    if (low.size > 0) {
      ctx.drop('low_score', low.size);
      const feedback = [...low].map(([sample, reason]) => `- "${sample.conversation.turns[0].content}": ${reason}`).join('\n');
      const second = await generate(low.size, 'r', `These conversations scored too low and were rejected:\n${feedback}`);
      const lowAgain = await findLowScores(ctx, ctx.judge, chunk.text, second, spend);
      ctx.drop('low_score', lowAgain.size);
      kept.push(...second.filter((sample) => !lowAgain.has(sample)));
    }
  }

  let accepted = 0;
  for (const sample of kept) if (await ctx.offer(sample)) accepted++;
  return { accepted, costUsd };
}

interface ChunkSource {
  language: LanguageGuess | undefined;
  vocabulary: ReadonlySet<string>;
}

/** Filters, grounding, then near-duplicates against everything seen so far (earlier jobs and this batch). */
function screen(ctx: JobContext, samples: GeneratedSample[], source: ChunkSource): GeneratedSample[] {
  const kept: GeneratedSample[] = [];
  for (const sample of samples) {
    const reason = screenConversation(sample.conversation, source.language, ctx.filters);
    if (reason) {
      ctx.drop(reason);
      continue;
    }
    if (!isGrounded(sample.conversation, source.vocabulary, ctx.filters.minGrounding)) {
      ctx.drop('ungrounded');
      continue;
    }
    const text = dedupText(sample.conversation.turns);
    if (ctx.dedup.findDuplicateOf(text) !== undefined) {
      ctx.drop('duplicate');
      continue;
    }
    ctx.dedup.add(sample.id, text);
    kept.push(sample);
  }
  return kept;
}

/**
 * Scores the samples (stored on each as qualityScore) and returns those below the threshold, with
 * the judge's reason.
 * A judge that fails keeps the samples unscored: they were paid for and passed every filter.
 */
async function findLowScores(
  ctx: JobContext,
  judge: JudgeSettings,
  excerpt: string,
  samples: GeneratedSample[],
  spend: (usd: number) => void,
): Promise<Map<GeneratedSample, string>> {
  const low = new Map<GeneratedSample, string>();
  if (samples.length === 0) return low;
  try {
    const verdicts = await judgeConversations(judge.client, {
      systemPrompt: judge.systemPrompt,
      excerpt,
      conversations: samples.map((sample) => sample.conversation),
      signal: ctx.signal,
    });
    spend(verdicts.costUsd);
    samples.forEach((sample, i) => {
      const score = verdicts.scores[i];
      sample.qualityScore = score;
      if (score !== undefined) ctx.scored(score);
      if (score !== undefined && score < judge.minScore) low.set(sample, verdicts.reasons[i] ?? 'low quality');
    });
    return low;
  } catch (error) {
    if (!(error instanceof LlmError) || error.fatal || isAbortError(error)) throw error;
    spend(error.costUsd);
    ctx.judgeFailed(error.message);
    return low;
  }
}
