// Ingesting a finished batch: each result line runs its job through the live acceptance path
// (runChunkJob with the line as the answer), the job is journaled, failures are counted by cause.
// Requests without a line (expired, cancelled) stay unjournaled, so the next wave plans them again.
// Safe to repeat after a crash: journaled jobs are skipped and sample ids are deterministic.
import type { Chunk } from '../../ingest/types.js';
import { LlmError } from '../../llm/errors.js';
import type { BatchApi } from '../../llm/batch/types.js';
import type { ModelPrice } from '../../llm/prices.js';
import type { AgentClient, ClientUsage } from '../../llm/types.js';
import type { BatchRow } from '../../store/batches.js';
import { runChunkJob, type JobContext } from '../generation/chunk-job.js';
import type { CallScheduler } from '../generation/scheduler.js';
import type { GenerationJournal } from '../generation/types.js';
import { batchAnswerClient } from './answer-client.js';
import type { BatchLedger } from './types.js';

export interface CollectContext {
  api: BatchApi;
  ledger: BatchLedger;
  journal: GenerationJournal;
  job: JobContext;
  live: AgentClient;
  chunks: ReadonlyMap<string, Chunk>;
  /** The batch price. */
  price: ModelPrice;
  usage: ClientUsage;
  yieldModel: CallScheduler;
  jobs: { run: number; failed: number };
  /** Failed or unanswered requests by cause, over the whole run. */
  causes: Record<string, number>;
  /** The last request that failed, for the run's closing word. */
  lastError?: LlmError;
}

/** Returns this batch's failed or unanswered requests by cause. */
export async function collectBatch(ctx: CollectContext, batch: BatchRow): Promise<Record<string, number>> {
  const causes: Record<string, number> = {};
  const count = (cause: string) => {
    causes[cause] = (causes[cause] ?? 0) + 1;
    ctx.causes[cause] = (ctx.causes[cause] ?? 0) + 1;
  };
  const lines = batch.batch_id ? await ctx.api.results(batch.batch_id) : [];
  const byId = new Map(lines.map((line) => [line.customId, line]));
  for (const request of ctx.ledger.requests(batch.local_id)) {
    if (ctx.journal.isDone(request.custom_id)) continue;
    const line = byId.get(request.custom_id);
    if (!line) {
      count(batch.state === 'completed' ? 'no_result' : batch.state);
      continue;
    }
    const chunk = ctx.chunks.get(request.chunk_id);
    if (!chunk) {
      count('missing_chunk');
      ctx.journal.markFailed(request.custom_id, 'its document chunk is no longer among the documents read');
      continue;
    }
    const client = batchAnswerClient(ctx.live, line, ctx.price, ctx.api.label, ctx.usage);
    try {
      const outcome = await runChunkJob({ ...ctx.job, client }, { chunk, pass: request.pass, key: request.custom_id }, request.ask);
      ctx.journal.markDone(request.custom_id, { samples: outcome.accepted, costUsd: outcome.costUsd });
      ctx.jobs.run++;
      ctx.yieldModel.started(request.ask);
      ctx.yieldModel.finished(request.ask, outcome.accepted);
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      ctx.job.spend(error.costUsd);
      ctx.journal.markFailed(request.custom_id, error.message);
      ctx.jobs.run++;
      ctx.jobs.failed++;
      ctx.lastError = error;
      count(error.kind);
    }
  }
  ctx.ledger.collected(batch.local_id, causes);
  return causes;
}
