// One job: ask for a batch of conversations about one chunk, screen them (filters, grounding,
// duplicates, the optional judge with one regeneration), and offer the survivors to the sink.
import type { Chunk } from '../../ingest/types.js';
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
  /** Hands a call's survivors to the sink in one commit; resolves to how many were stored. */
  offerAll(samples: readonly GeneratedSample[]): Promise<number>;
  /** A judge score given (kept for the score distribution). */
  scored(score: number): void;
  /** The judge call failed: its samples stay unscored, and the run says so. */
  judgeFailed(error: string): void;
}

export interface JobOutcome {
  accepted: number;
  costUsd: number;
}

/**
 * `ask`: conversations to request (the scheduler sizes it to what the target still needs);
 * `onAnswered`: called once the first answer is back, before its samples are screened.
 */
export async function runChunkJob(ctx: JobContext, job: PlannedJob, ask: number, onAnswered: () => void = () => {}): Promise<JobOutcome> {
  const { chunk } = job;
  let costUsd = 0;
  const spend = (usd: number) => {
    costUsd += usd;
    ctx.spend(usd);
  };

  const askFor = async (count: number, tag: string, feedback?: string): Promise<GeneratedSample[]> => {
    const request = { ...generationRequest(ctx.prompt, ctx.turns, chunk, { count, avoid: ctx.avoidFor(chunk.id), feedback }), signal: ctx.signal };
    const result = await askStructured(ctx.client, request, validateBatch);
    spend(result.costUsd);
    ctx.drop('invalid', result.value.invalid);
    return result.value.items.map((item, i) => toGeneratedSample(item, chunk, job.key, `${tag}${i}`, ctx.turns));
  };

  const first = await askFor(ask, '');
  onAnswered();
  // Computed after the answer, not before the request: it is off the path of the next call.
  const source = chunkSource(chunk);
  let kept = screen(ctx, first, source);
  if (ctx.judge && kept.length > 0) {
    const rejected = await findRejected(ctx, ctx.judge, chunk.text, kept, spend);
    kept = kept.filter((sample) => !rejected.has(sample));
    if (rejected.size > 0) {
      const feedback = [...rejected].map(([sample, reason]) => `- "${sample.conversation.turns[0].content}": ${reason}`).join('\n');
      const second = screen(ctx, await askFor(rejected.size, 'r', `These conversations scored too low or made claims the excerpt does not support, and were rejected:\n${feedback}`), source);
      const rejectedAgain = await findRejected(ctx, ctx.judge, chunk.text, second, spend);
      kept.push(...second.filter((sample) => !rejectedAgain.has(sample)));
    }
  }

  return { accepted: await ctx.offerAll(kept), costUsd };
}

interface ChunkSource {
  language: LanguageGuess | undefined;
  vocabulary: ReadonlySet<string>;
}

/** Per chunk object, so the later passes over a chunk do not measure its text again. */
const sources = new WeakMap<Chunk, ChunkSource>();

function chunkSource(chunk: Chunk): ChunkSource {
  let source = sources.get(chunk);
  if (!source) {
    source = { language: detectLanguage(chunk.text), vocabulary: sourceVocabulary(chunk.text) };
    sources.set(chunk, source);
  }
  return source;
}

/**
 * Filters and grounding, then near-duplicates against everything seen so far (earlier jobs and this
 * batch). Grounding outranks length: a weak model's "It's a pigeon," is nonsense before it is short,
 * and the run's advice (a larger model) follows from the reason counted.
 */
function screen(ctx: JobContext, samples: GeneratedSample[], source: ChunkSource): GeneratedSample[] {
  const kept: GeneratedSample[] = [];
  for (const sample of samples) {
    const filtered = screenConversation(sample.conversation, source.language, ctx.filters);
    const lengthOnly = filtered === undefined || filtered === 'too_short';
    const reason = lengthOnly && !isGrounded(sample.conversation, source.vocabulary, ctx.filters.minGrounding) ? 'ungrounded' : filtered;
    if (reason) {
      ctx.drop(reason);
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
 * Scores the samples (stored on each as qualityScore) and returns those the judge rejects, with its
 * reason, each counted once: `ungrounded_by_judge` when it found claims the excerpt does not support
 * (whatever the score), else `low_score` below the threshold.
 * A judge that fails keeps the samples unscored: they were paid for and passed every filter.
 */
async function findRejected(
  ctx: JobContext,
  judge: JudgeSettings,
  excerpt: string,
  samples: GeneratedSample[],
  spend: (usd: number) => void,
): Promise<Map<GeneratedSample, string>> {
  const rejected = new Map<GeneratedSample, string>();
  if (samples.length === 0) return rejected;
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
      const dropAs: DropReason | undefined =
        verdicts.grounded[i] === false ? 'ungrounded_by_judge' : score !== undefined && score < judge.minScore ? 'low_score' : undefined;
      if (!dropAs) return;
      ctx.drop(dropAs);
      rejected.set(sample, verdicts.reasons[i] ?? (dropAs === 'low_score' ? 'low quality' : 'not supported by the excerpt'));
    });
    return rejected;
  } catch (error) {
    if (!(error instanceof LlmError) || error.fatal || isAbortError(error)) throw error;
    spend(error.costUsd);
    ctx.judgeFailed(error.message);
    return rejected;
  }
}
