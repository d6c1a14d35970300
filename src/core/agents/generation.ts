// The shared generation loop of create, free and hybrid modes: chunk jobs in round-robin order
// (planning: generation/plan.ts), started while the expected yield of the calls in flight falls short
// of the target (scheduling: generation/scheduler.ts), each call's survivors committed through the sink in
// one transaction (acceptance: generation/acceptance.ts), finished jobs journaled so a resumed run skips
// them, and a stop at the target, the budget, a cancel or too many failures.
import { CancelledError, isAbortError } from '../errors.js';
import { cutText, escapeControls } from '../text/display-name.js';
import type { Chunk } from '../ingest/types.js';
import type { Budget } from '../llm/budget.js';
import { LlmError } from '../llm/errors.js';
import type { AgentClient } from '../llm/types.js';
import { NearDuplicateIndex } from '../text/near-duplicates.js';
import type { LongWork } from '../types.js';
import { Acceptance } from './generation/acceptance.js';
import type { BatchSettings } from './batch/types.js';
import { runChunkJob, type JobContext, type JudgeSettings } from './generation/chunk-job.js';
import { defaultMaxPasses, JobPlan, type PlannedJob } from './generation/plan.js';
import { generationRecord } from './generation/record.js';
import { CallScheduler } from './generation/scheduler.js';
import type { GenerationEvent, GenerationJournal, GenerationPrompt, GenerationResult, GenerationSink, StopReason } from './generation/types.js';
import type { QualityFilterOptions } from './quality/filters.js';

export type * from './generation/types.js';
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
  /** Run the jobs through the provider's batch API instead of live calls (agents/batch/). */
  batch?: BatchSettings;
}

export async function runGeneration(options: GenerationOptions): Promise<GenerationResult> {
  if (options.batch) return (await import('./batch/run-batch.js')).runBatchGeneration(options, options.batch);
  const { client, chunks, target, samplesPerCall, journal, budget, onProgress } = options;
  const concurrency = options.concurrency ?? 4;
  const internal = new AbortController();
  const abort = () => internal.abort();
  options.signal?.addEventListener('abort', abort, { once: true });

  const scheduler = new CallScheduler({ target, concurrency, samplesPerCall, failLimit: Math.max(5, 2 * concurrency), stallLimit: Math.max(3, chunks.length) });
  const jobs = { run: 0, failed: 0 };
  const failure: { last?: LlmError; fatal?: unknown } = {};
  const progress = (preview?: string) =>
    onProgress?.({
      type: 'progress',
      accepted: acceptance.accepted,
      target,
      costUsd: acceptance.costUsd,
      done: jobs.run,
      total: jobs.run + scheduler.inFlight + scheduler.callsStillNeeded(acceptance.accepted),
      dropped: { ...acceptance.dropped },
      preview,
    });
  const acceptance = new Acceptance(target, options.sink, budget, (question) => progress(cutText(escapeControls(question), 81)));
  const context = jobContext(options, acceptance, internal.signal);

  // Wakes the loop when a call is answered (its place is free) or settles.
  let wake: (() => void) | undefined;
  const wakeLoop = () => {
    wake?.();
    wake = undefined;
  };
  const runJob = async (job: PlannedJob, ask: number): Promise<void> => {
    onProgress?.({ type: 'job-start', key: job.key, file: job.chunk.file, location: job.chunk.location, pass: job.pass });
    let answered = false;
    try {
      const outcome = await runChunkJob(context, job, ask, () => {
        answered = true;
        scheduler.answered(ask);
        wakeLoop();
      });
      journal.markDone(job.key, { samples: outcome.accepted, costUsd: outcome.costUsd });
      jobs.run++;
      scheduler.finished(ask, outcome.accepted, answered);
      onProgress?.({ type: 'job-done', key: job.key, file: job.chunk.file, accepted: outcome.accepted, costUsd: outcome.costUsd });
    } catch (error) {
      if (internal.signal.aborted && isAbortError(error)) return scheduler.abandoned(ask, answered); // cancelled: neither done nor failed
      if (!(error instanceof LlmError) || error.fatal) {
        scheduler.abandoned(ask, answered);
        failure.fatal ??= error; // a bad key, an unknown model, or a bug: every further job would fail too
        internal.abort();
        return;
      }
      acceptance.spend(error.costUsd);
      jobs.run++;
      jobs.failed++;
      scheduler.failed(ask, answered);
      failure.last = error;
      journal.markFailed(job.key, error.message);
      onProgress?.({ type: 'job-failed', key: job.key, file: job.chunk.file, error: error.message });
    }
    progress();
  };

  const maxPasses = options.maxPasses ?? defaultMaxPasses(target, chunks.length, samplesPerCall);
  const plan = new JobPlan(chunks, { promptHash: options.prompt.hash, model: `${client.provider}:${client.model}` }, journal, maxPasses, (job) =>
    onProgress?.({ type: 'job-skipped', key: job.key, file: job.chunk.file }),
  );
  const running = new Set<Promise<void>>();
  let stoppedBy: StopReason = 'exhausted';
  try {
    for (;;) {
      if (internal.signal.aborted) break;
      const stop = scheduler.stopReason(acceptance.accepted);
      if (stop) {
        stoppedBy = stop;
        break;
      }
      const ask = scheduler.nextAsk(acceptance.accepted);
      const job = ask > 0 ? plan.next() : undefined;
      if (!job) {
        if (running.size === 0) break;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (budget && !(await budget.allowMore())) {
        stoppedBy = 'budget';
        onProgress?.({ type: 'budget-stop', spentUsd: budget.spentUsd, capUsd: budget.capUsd });
        break;
      }
      scheduler.started(ask);
      const task: Promise<void> = runJob(job, ask)
        .catch((error: unknown) => {
          failure.fatal ??= error; // a failing journal or sink: thrown after the calls in flight settle
          internal.abort();
        })
        .finally(() => {
          running.delete(task);
          wakeLoop();
        });
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    options.signal?.removeEventListener('abort', abort);
  }
  if (failure.fatal) throw failure.fatal;
  if (options.signal?.aborted) throw new CancelledError();
  if (acceptance.accepted >= target) stoppedBy = 'target';
  return {
    accepted: acceptance.accepted,
    target,
    costUsd: acceptance.costUsd,
    jobsRun: jobs.run,
    jobsFailed: jobs.failed,
    jobsSkipped: plan.skipped,
    dropped: acceptance.dropped,
    stoppedBy,
    lastError: failure.last?.message,
    lastErrorHint: failure.last?.hint,
    record: generationRecord({ client, judge: options.judge?.client, acceptance, stoppedBy, jobs: { ...jobs, skipped: plan.skipped } }),
  };
}

export function jobContext(options: GenerationOptions, acceptance: Acceptance, signal: AbortSignal): JobContext {
  const dedup = new NearDuplicateIndex({ threshold: options.dedup?.threshold });
  for (const seen of options.dedup?.seen ?? []) dedup.add(seen.id, seen.text);
  return {
    client: options.client,
    prompt: options.prompt,
    turns: options.turns,
    filters: options.filters ?? {},
    dedup,
    judge: options.judge,
    signal,
    avoidFor: (chunkId) => acceptance.avoidFor(chunkId),
    drop: (reason, count) => acceptance.drop(reason, count),
    spend: (usd) => acceptance.spend(usd),
    offerAll: (samples) => acceptance.offerAll(samples),
    scored: (score) => acceptance.scored(score),
    judgeFailed: (error) => {
      acceptance.judgeFailures++;
      options.onProgress?.({ type: 'judge-failed', error });
    },
  };
}
