// Stage 2 for the agent modes (create, hybrid, free): the agent LLM writes samples grounded in chunks
// of the documents; each call's accepted samples are committed together and finished chunks are journaled, so an
// interrupted run resumes without losing, duplicating or paying twice for anything. What differs per
// mode (how many to write, which loop to run) is the AgentMode object.
import { createHash } from 'node:crypto';
import type { AgentRunOptions } from '../agents/create/create-agent.js';
import { dedupText, type GeneratedSample, type GenerationResult } from '../agents/generation.js';
import { samplesPerCallFor } from '../agents/generation/plan.js';
import { chunkDocuments } from '../ingest/chunk.js';
import { Budget } from '../llm/budget.js';
import type { AgentClient, RetryNotice } from '../llm/types.js';
import { getDataset, updateDataset } from '../store/datasets.js';
import { jobCostTotal, openJobJournal } from '../store/jobs.js';
import { recordRunGeneration } from '../store/runs.js';
import { insertSamples, listSamples, type StoredSample } from '../store/samples.js';
import { agentClientFor } from './agent-client.js';
import { batchSettingsFor } from './batch-settings.js';
import { progressMapper, retryMessage } from './agent-events.js';
import { reportGeneration } from './generation-report.js';
import { confirmCost } from './cost-estimate.js';
import type { GenerateContext, GenerateOutcome } from './generate-stage.js';
import type { AgentMode } from './modes/sample-mode.js';
import { withSystemPrompt } from './system-prompt.js';

const NOTHING_TO_DO: GenerationResult = { accepted: 0, target: 0, costUsd: 0, jobsRun: 0, jobsFailed: 0, jobsSkipped: 0, dropped: {}, stoppedBy: 'target' };

export async function agentStage(ctx: GenerateContext, mode: AgentMode): Promise<GenerateOutcome> {
  const { db, datasetId, config, emit } = ctx;
  const onRetry = (notice: RetryNotice) =>
    emit({ type: 'warning', message: retryMessage(notice), retry: { delayMs: notice.delayMs, rateLimited: notice.rateLimited } });
  const client = await agentClientFor(config, ctx.env, { onRetry, emit });
  if (!client.priceKnown) {
    emit({
      type: 'warning',
      message: `No price is on file for ${client.provider}/${client.model}: costs show as $0 and max_cost cannot stop the run. Set system.price in config.yaml.`,
    });
  }
  const chunks = chunkDocuments(ctx.documents, { chunkTokens: config.ingest.chunk_tokens, overlapTokens: config.ingest.chunk_overlap });
  const generated = listSamples(db, datasetId).filter((s) => s.origin === 'generated').length;
  const plan = await mode.plan(ctx, generated);
  confirmCost(ctx, chunks, plan.target, client.model);

  const spentBefore = Math.max(getDataset(db, datasetId)?.cost_usd ?? 0, jobCostTotal(db, datasetId));
  const budget = new Budget({ maxUsd: config.system.max_cost, onBudgetExceeded: ctx.onBudgetExceeded, spentUsd: spentBefore });
  const stored = listSamples(db, datasetId);
  const options = { ...runOptions(ctx, { client, chunks, target: plan.target, budget, stored }), batch: await batchSettingsFor(config, ctx.env, client, db, datasetId) };
  emit({
    type: 'stage',
    stage: 'generate',
    message: `${client.provider}/${client.model} writes up to ${plan.target} samples from ${chunks.length} chunk(s)`,
    agent: { provider: client.provider, model: client.model, endpoint: client.endpoint },
  });
  const result = plan.target === 0 ? NOTHING_TO_DO : await mode.run(ctx, options, stored);
  const costUsd = spentBefore + plan.costUsd + result.costUsd;
  updateDataset(db, datasetId, { cost_usd: costUsd });
  if (result.record) recordRunGeneration(db, datasetId, result.record);
  return { costUsd, generation: result.record, stopReason: reportGeneration(result, datasetId, emit) };
}

function runOptions(
  ctx: GenerateContext,
  run: Pick<AgentRunOptions, 'chunks' | 'target' | 'budget'> & { client: AgentClient; stored: StoredSample[] },
): AgentRunOptions {
  const { config, db, datasetId } = ctx;
  return {
    client: run.client,
    chunks: run.chunks,
    target: run.target,
    promptsDir: ctx.promptsDir,
    settings: {
      variety: config.agent.create.variety,
      turns: config.agent.create.turns,
      samplesPerCall: samplesPerCallFor(config.system.agentic_llm, config.agent.create.samples_per_chunk),
      temperature: config.agent.create.temperature,
    },
    journal: openJobJournal(db, datasetId),
    sink: { acceptAll: (samples) => commitCall(ctx, samples) },
    budget: run.budget,
    concurrency: config.system.concurrency,
    dedup: { seen: run.stored.map((s) => ({ id: s.id, text: dedupText(s.conversation.turns) })) },
    judge: config.agent.quality.judge ? { minScore: config.agent.quality.min_score } : undefined,
    signal: ctx.signal,
    onProgress: progressMapper(ctx.emit, () => run.client.tokensUsed),
  };
}

/**
 * One call's samples in one transaction (insertSamples): they land together or not at all, and the run
 * pays one commit per call instead of one per sample. Ids from the generation loop are deterministic
 * per job; salting with the dataset keeps them unique across datasets.
 */
function commitCall(ctx: GenerateContext, samples: readonly GeneratedSample[]): boolean[] {
  const rows = samples.map(({ chunkId: _chunk, jobKey: _job, ...plain }) => {
    const id = `g-${createHash('sha256').update(`${ctx.datasetId}:${plain.id}`).digest('hex').slice(0, 16)}`;
    return withSystemPrompt(ctx.config, { ...plain, id });
  });
  const inserted = new Set(insertSamples(ctx.db, ctx.datasetId, rows));
  return rows.map((row) => inserted.has(row.id));
}
