// The shared generation loop of create, free and hybrid modes: chunk jobs in round-robin order, a few
// at a time, each sample committed through the sink as it is accepted, finished jobs journaled so a
// resumed run skips them, and a stop at the target, the budget, a cancel or too many failures.
import { cutText, escapeControls } from '../text/display-name.js';
import { CancelledError, getErrorMessage, isAbortError } from '../errors.js';
import type { Chunk } from '../ingest/types.js';
import type { Budget } from '../llm/budget.js';
import { LlmError } from '../llm/errors.js';
import type { AgentClient } from '../llm/types.js';
import { NearDuplicateIndex } from '../text/near-duplicates.js';
import type { LongWork } from '../types.js';
import { runChunkJob, type JobContext, type JudgeSettings } from './generation/chunk-job.js';
import { defaultMaxPasses, planJobs, type PlannedJob } from './generation/plan.js';
import type { DropCounts, GenerationEvent, GenerationJournal, GenerationPrompt, GenerationResult, GenerationSink, StopReason } from './generation/types.js';
import type { QualityFilterOptions } from './quality/filters.js';

export type * from './generation/types.js';
export type { JudgeSettings } from './generation/chunk-job.js';
/** The text to pass as dedup.seen for samples already stored (resume) or identified (hybrid). */
export { dedupText } from './generation/answer-schema.js';

export interface GenerationOptions extends LongWork<GenerationEvent> {
  client: AgentClient;
  prompt: GenerationPrompt;
  chunks: readonly Chunk[];
  /** Samples to accept in this run (the pipeline subtracts those already stored). */
  target: number;
  /** Conversations asked per call (batching). */
  samplesPerCall: number;
  /** User/assistant exchanges per conversation. */
  turns: number;
  journal: GenerationJournal;
  sink: GenerationSink;
  budget?: Budget;
  /** Chunk jobs in flight at once (default 4); the client's own limit still caps HTTP requests. */
  concurrency?: number;
  dedup?: {
    /** Jaccard threshold of near-duplicates (default that of NearDuplicateIndex, 0.8). */
    threshold?: number;
    /** Samples already in the dataset (identified ones, or accepted before a crash): new ones must differ. */
    seen?: ReadonlyArray<{ id: string; text: string }>;
  };
  filters?: QualityFilterOptions;
  judge?: JudgeSettings;
  /** New passes over the chunks at most, journaled ones not counted (default: twice what the target needs, plus one). */
  maxPasses?: number;
}

export async function runGeneration(options: GenerationOptions): Promise<GenerationResult> {
  const { client, prompt, chunks, target, samplesPerCall, journal, sink, budget, onProgress } = options;
  const concurrency = options.concurrency ?? 4;
  const failLimit = Math.max(5, 2 * concurrency);
  const stallLimit = Math.max(3, chunks.length);
  const internal = new AbortController();
  const abort = () => internal.abort();
  options.signal?.addEventListener('abort', abort, { once: true });

  const dedup = new NearDuplicateIndex({ threshold: options.dedup?.threshold });
  for (const seen of options.dedup?.seen ?? []) dedup.add(seen.id, seen.text);
  const dropped: DropCounts = {};
  const avoid = new Map<string, string[]>();
  let accepted = 0;
  let pending = 0;
  let costUsd = 0;
  let jobsRun = 0;
  let jobsFailed = 0;
  let jobsSkipped = 0;
  let consecutiveFailures = 0;
  let jobsSinceAccept = 0;
  let lastError: string | undefined;
  let fatal: unknown;
  const running = new Set<Promise<void>>();

  const progress = (preview?: string) => {
    const stillToPlan = Math.ceil(Math.max(0, target - accepted - running.size * samplesPerCall) / samplesPerCall);
    onProgress?.({ type: 'progress', accepted, target, costUsd, done: jobsRun, total: jobsRun + running.size + stillToPlan, dropped: { ...dropped }, preview });
  };

  const context: JobContext = {
    client,
    prompt,
    samplesPerCall,
    turns: options.turns,
    filters: options.filters ?? {},
    dedup,
    judge: options.judge,
    signal: internal.signal,
    remaining: () => target - accepted - pending,
    avoidFor: (chunkId) => avoid.get(chunkId) ?? [],
    drop: (reason, count = 1) => {
      if (count > 0) dropped[reason] = (dropped[reason] ?? 0) + count;
    },
    spend: (usd) => {
      costUsd += usd;
      budget?.record(usd);
    },
    async offer(sample) {
      if (accepted + pending >= target) return false;
      pending++;
      let stored: boolean;
      try {
        stored = await sink.accept(sample);
      } finally {
        pending--;
      }
      if (!stored) return false;
      accepted++;
      const question = sample.conversation.turns[0].content;
      avoid.set(sample.chunkId, [...(avoid.get(sample.chunkId) ?? []), question].slice(-20));
      progress(cutText(escapeControls(question), 81));
      return true;
    },
  };

  const runJob = async (job: PlannedJob): Promise<void> => {
    onProgress?.({ type: 'job-start', key: job.key, file: job.chunk.file, location: job.chunk.location, pass: job.pass });
    try {
      const outcome = await runChunkJob(context, job);
      journal.markDone(job.key, { samples: outcome.accepted, costUsd: outcome.costUsd });
      jobsRun++;
      consecutiveFailures = 0;
      jobsSinceAccept = outcome.accepted > 0 ? 0 : jobsSinceAccept + 1;
      onProgress?.({ type: 'job-done', key: job.key, file: job.chunk.file, accepted: outcome.accepted, costUsd: outcome.costUsd });
    } catch (error) {
      if (internal.signal.aborted && isAbortError(error)) return; // cancelled: neither done nor failed
      if (!(error instanceof LlmError) || error.fatal) {
        fatal ??= error; // a bad key, an unknown model, or a bug: every further job would fail too
        internal.abort();
        return;
      }
      context.spend(error.costUsd);
      jobsRun++;
      jobsFailed++;
      consecutiveFailures++;
      lastError = getErrorMessage(error);
      journal.markFailed(job.key, lastError);
      onProgress?.({ type: 'job-failed', key: job.key, file: job.chunk.file, error: lastError });
    }
    progress();
  };

  const maxPasses = options.maxPasses ?? defaultMaxPasses(target, chunks.length, samplesPerCall);
  const jobs = planJobs(chunks, prompt.hash, `${client.provider}:${client.model}`);
  let firstNewPass: number | undefined;
  let planOver = false;
  let stoppedBy: StopReason = 'exhausted';
  try {
    for (;;) {
      if (internal.signal.aborted) break;
      if (accepted >= target) {
        stoppedBy = 'target';
        break;
      }
      if (consecutiveFailures >= failLimit) {
        stoppedBy = 'failing';
        break;
      }
      if (jobsSinceAccept >= stallLimit) break;
      // Do not start calls whose samples could not count: in-flight jobs may already fill the target.
      if (running.size >= concurrency || (running.size > 0 && accepted + running.size * samplesPerCall >= target)) {
        await Promise.race(running);
        continue;
      }
      const next = planOver ? undefined : jobs.next().value;
      if (next && journal.isDone(next.key)) {
        jobsSkipped++;
        onProgress?.({ type: 'job-skipped', key: next.key, file: next.chunk.file });
        continue;
      }
      firstNewPass ??= next?.pass;
      if (!next || next.pass >= (firstNewPass ?? 0) + maxPasses) {
        planOver = true;
        if (running.size === 0) break;
        await Promise.race(running);
        continue;
      }
      const job = next;
      if (budget && !(await budget.allowMore())) {
        stoppedBy = 'budget';
        onProgress?.({ type: 'budget-stop', spentUsd: budget.spentUsd, capUsd: budget.capUsd });
        break;
      }
      const task: Promise<void> = runJob(job).finally(() => running.delete(task));
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  if (fatal) throw fatal;
  if (options.signal?.aborted) throw new CancelledError();
  if (accepted >= target) stoppedBy = 'target';
  return { accepted, target, costUsd, jobsRun, jobsFailed, jobsSkipped, dropped, stoppedBy, lastError };
}
