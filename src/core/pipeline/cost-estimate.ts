// The pre-run estimate of a paid mode, and the confirmation it needs (--yes, or the menu's prompt).
import type { AppConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import type { Chunk } from '../ingest/types.js';
import { samplesPerCallFor } from '../agents/generation/plan.js';
import { estimateGenerationCost, type CostEstimate } from '../llm/estimate.js';
import { configuredPrice } from './agent-client.js';
import type { GenerateContext } from './generate-stage.js';

/** System prompt and instructions of create/free mode, in tokens (measured on the shipped prompts). */
const PROMPT_TOKENS = 600;

function estimateRunCost(config: AppConfig, model: string, chunkTokens: number[], samples: number): CostEstimate {
  return estimateGenerationCost({
    provider: config.system.agentic_llm,
    model,
    chunkTokens: chunkTokens.length > 0 ? chunkTokens : [config.ingest.chunk_tokens],
    samples,
    samplesPerCall: samplesPerCallFor(config.system.agentic_llm, config.agent.create.samples_per_chunk),
    turns: config.agent.create.turns,
    promptTokens: PROMPT_TOKENS,
    judge: config.agent.quality.judge,
    price: configuredPrice(config),
    batch: config.system.batch,
  });
}

function describeEstimate(estimate: CostEstimate, config: AppConfig, model: string): string {
  const cost = estimate.priceKnown ? `about $${estimate.usd.toFixed(2)}` : 'an unknown cost (no price on file for this model)';
  const via = config.system.batch ? ' through the batch API (batch price, results within 24 h)' : '';
  return `${estimate.calls} call(s) to ${config.system.agentic_llm}/${model}${via}, ${cost}; the run stops at max_cost $${config.system.max_cost}`;
}

/** A paid run stopped before spending anything because nobody confirmed its estimate yet. */
export class CostConfirmationNeeded extends UserError {
  constructor(
    readonly datasetId: string,
    readonly estimate: string,
    mode: string,
  ) {
    super(`This ${mode} run needs the agent LLM: ${estimate}.`, {
      hint: `Add --yes to confirm (or run \`ftdb resume ${datasetId}\` to start this one), or lower --size / --max-cost.`,
      exitCode: 2,
    });
    this.name = 'CostConfirmationNeeded';
  }
}

/** `model`: the one the agent client really uses (a local server's own model when none was chosen). */
export function confirmCost(ctx: GenerateContext, chunks: Chunk[], samples: number, model: string): void {
  const estimate = estimateRunCost(ctx.config, model, chunks.map((c) => c.tokens), samples);
  const text = describeEstimate(estimate, ctx.config, model);
  if (!ctx.confirmed && estimate.calls > 0) throw new CostConfirmationNeeded(ctx.datasetId, text, ctx.config.mode);
  ctx.emit({ type: 'stage', stage: 'generate', message: `Estimate: ${text}` });
}
