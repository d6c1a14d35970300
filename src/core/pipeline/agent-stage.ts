// Stage 2 for create, hybrid and free modes: the agent LLM writes samples grounded in chunks of the
// documents; each accepted sample is committed at once and finished chunks are journaled, so an
// interrupted run resumes without losing, duplicating or paying twice for anything.
import { createHash } from 'node:crypto';
import { runCreateAgent, type AgentRunOptions } from '../agents/create/create-agent.js';
import { runFreeAgent } from '../agents/free/free-agent.js';
import { dedupText, type GeneratedSample, type GenerationEvent, type GenerationResult } from '../agents/generation.js';
import { samplesPerCallFor } from '../agents/generation/plan.js';
import { pickIdentified, planHybrid, runHybridAgent } from '../agents/hybrid.js';
import { chunkDocuments } from '../ingest/chunk.js';
import { Budget } from '../llm/budget.js';
import { getDataset, updateDataset } from '../store/datasets.js';
import { jobCostTotal, openJobJournal } from '../store/jobs.js';
import { recordRunGeneration } from '../store/runs.js';
import { insertSamples, listSamples } from '../store/samples.js';
import type { RetryNotice } from '../llm/types.js';
import type { Sample } from '../types.js';
import { agentClientFor } from './agent-client.js';
import { confirmCost } from './cost-estimate.js';
import { reportGeneration } from './generation-report.js';
import type { GenerateContext, GenerateOutcome } from './generate-stage.js';
import { identifySamples } from './identify-stage.js';
import { withSystemPrompt } from './system-prompt.js';

export async function agentStage(ctx: GenerateContext): Promise<GenerateOutcome> {
  const { db, datasetId, config, emit } = ctx;
  const client = await agentClientFor(config, ctx.env, { onRetry: (notice) => emit({ type: 'warning', message: retryMessage(notice) }), emit });
  if (!client.priceKnown) {
    emit({
      type: 'warning',
      message: `No price is on file for ${client.provider}/${client.model}: costs show as $0 and max_cost cannot stop the run. Set system.price in config.yaml.`,
    });
  }
  const chunks = chunkDocuments(ctx.documents, { chunkTokens: config.ingest.chunk_tokens, overlapTokens: config.ingest.chunk_overlap });
  const plan = await planTarget(ctx);
  confirmCost(ctx, chunks, plan.target);

  const spentBefore = Math.max(getDataset(db, datasetId)?.cost_usd ?? 0, jobCostTotal(db, datasetId));
  const budget = new Budget({ maxUsd: config.system.max_cost, onBudgetExceeded: ctx.onBudgetExceeded, spentUsd: spentBefore });
  const stored = listSamples(db, datasetId);
  const options: AgentRunOptions = {
    client,
    chunks,
    target: plan.target,
    promptsDir: ctx.promptsDir,
    settings: {
      variety: config.agent.create.variety,
      turns: config.agent.create.turns,
      samplesPerCall: samplesPerCallFor(config.system.agentic_llm, config.agent.create.samples_per_chunk),
      temperature: config.agent.create.temperature,
    },
    journal: openJobJournal(db, datasetId),
    sink: { accept: (sample) => commitGenerated(ctx, sample) },
    budget,
    concurrency: config.system.concurrency,
    dedup: { seen: stored.map((s) => ({ id: s.id, text: dedupText(s.conversation.turns) })) },
    judge: config.agent.quality.judge ? { minScore: config.agent.quality.min_score } : undefined,
    signal: ctx.signal,
    onProgress: progressMapper(emit, () => client.tokensUsed),
  };
  emit({ type: 'stage', stage: 'generate', message: `${client.provider}/${client.model} writes up to ${plan.target} samples from ${chunks.length} chunk(s)` });
  const result = await runMode(ctx, options, stored);
  const costUsd = spentBefore + plan.costUsd + result.costUsd;
  updateDataset(db, datasetId, { cost_usd: costUsd });
  if (result.record) recordRunGeneration(db, datasetId, result.record);
  return { costUsd, generation: result.record, stopReason: reportGeneration(result, ctx) };
}

async function planTarget(ctx: GenerateContext): Promise<{ target: number; costUsd: number }> {
  const stored = listSamples(ctx.db, ctx.datasetId);
  const generated = stored.filter((s) => s.origin === 'generated').length;
  if (ctx.config.mode !== 'hybrid') return { target: Math.max(0, ctx.size - generated), costUsd: 0 };
  const { samples: identified, costUsd } = await identifySamples(ctx);
  const plan = planHybrid(identified.length, ctx.size, ctx.config.agent.hybrid.generation_ratio);
  const kept = pickIdentified(identified, plan.keepIdentified);
  insertSamples(ctx.db, ctx.datasetId, kept.map((s) => withSystemPrompt(ctx.config, s)));
  const files = new Set(kept.map((s) => s.source.file)).size;
  ctx.emit({
    type: 'stage',
    stage: 'generate',
    message: `Hybrid: keeping ${kept.length} of ${identified.length} conversations found (from ${files} file(s)); generating ${plan.generate}`,
  });
  return { target: Math.max(0, plan.generate - generated), costUsd };
}

async function runMode(ctx: GenerateContext, options: AgentRunOptions, stored: Sample[]): Promise<GenerationResult> {
  if (options.target === 0) {
    return { accepted: 0, target: 0, costUsd: 0, jobsRun: 0, jobsFailed: 0, jobsSkipped: 0, dropped: {}, stoppedBy: 'target' };
  }
  if (ctx.config.mode === 'free') {
    return runFreeAgent({ ...options, usePromptFile: ctx.config.agent.free.use_prompt_file, instructions: ctx.instructions });
  }
  if (ctx.config.mode === 'hybrid') {
    return runHybridAgent({ ...options, identified: stored.filter((s) => s.origin === 'identified') });
  }
  return runCreateAgent(options);
}

/** Ids from the generation loop are deterministic per job; salting with the dataset keeps them unique across datasets. */
function commitGenerated(ctx: GenerateContext, sample: GeneratedSample): boolean {
  const id = `g-${createHash('sha256').update(`${ctx.datasetId}:${sample.id}`).digest('hex').slice(0, 16)}`;
  const { chunkId: _chunk, jobKey: _job, ...plain } = sample;
  return insertSamples(ctx.db, ctx.datasetId, [withSystemPrompt(ctx.config, { ...plain, id })]).length > 0;
}


function progressMapper(emit: GenerateContext['emit'], tokensUsed: () => number): (event: GenerationEvent) => void {
  const started = Date.now();
  return (event) => {
    if (event.type === 'budget-stop') {
      emit({ type: 'warning', message: `Budget reached: $${event.spentUsd.toFixed(2)} of $${event.capUsd.toFixed(2)} spent.` });
      return;
    }
    if (event.type === 'job-failed') {
      emit({ type: 'warning', message: `A request for ${event.file} failed: ${event.error}` });
      return;
    }
    if (event.type === 'judge-failed') {
      emit({ type: 'warning', message: `The judge failed; that batch is kept without scores: ${event.error}` });
      return;
    }
    if (event.type !== 'progress') return;
    const elapsed = Date.now() - started;
    const remaining = event.target - event.accepted;
    const rate = event.accepted > 0 ? elapsed / event.accepted : undefined;
    emit({
      type: 'generation',
      progress: {
        accepted: event.accepted,
        target: event.target,
        tokens: tokensUsed(),
        costUsd: event.costUsd,
        done: event.done,
        total: event.total,
        etaMs: rate !== undefined ? Math.round(rate * remaining) : undefined,
        preview: event.preview,
        dropped: event.dropped,
      },
    });
  };
}

function retryMessage(notice: RetryNotice): string {
  const wait = notice.delayMs >= 1000 ? `${Math.round(notice.delayMs / 100) / 10} s` : `${notice.delayMs} ms`;
  if (notice.rateLimited) return `Rate-limited by ${notice.provider}: waiting ${wait} before retry ${notice.attempt}.`;
  return `A request to ${notice.provider} failed (${notice.reason}); retry ${notice.attempt} in ${wait}.`;
}
