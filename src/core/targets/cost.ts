// Training cost estimate: billed tokens x epochs x price (OpenAI cookbook, provider-formats.md §1.6).
import type { TargetModel } from './types.js';

export interface CostEstimate {
  billedTokens: number;
  epochs?: number;
  estimatedCostUsd?: number;
}

/** OpenAI picks 3 epochs, more for small sets and fewer for large ones (cookbook constants). */
export function openAiDefaultEpochs(trainingExamples: number): number {
  const n = Math.max(1, trainingExamples);
  if (n * 3 < 100) return Math.min(25, Math.floor(100 / n));
  if (n * 3 > 25_000) return Math.max(1, Math.floor(25_000 / n));
  return 3;
}

function trainingEpochs(target: TargetModel, trainingExamples: number): number | undefined {
  return target.epochPolicy === 'openai-auto' ? openAiDefaultEpochs(trainingExamples) : target.defaultEpochs;
}

/**
 * tokensPerExample covers every example; when some of them are held out for validation (which is
 * not billed), the billed tokens are scaled to the training share.
 */
export function estimateCost(target: TargetModel, tokensPerExample: number[], trainingExamples: number): CostEstimate {
  const capped = tokensPerExample.reduce((sum, t) => sum + Math.min(t, target.maxTokensPerExample), 0);
  const share = tokensPerExample.length > 0 ? Math.min(1, trainingExamples / tokensPerExample.length) : 0;
  const billedTokens = Math.round(capped * share);
  const epochs = trainingEpochs(target, trainingExamples);
  const price = target.trainingPricePerMTok;
  const estimatedCostUsd =
    price !== undefined && epochs !== undefined ? roundCents((billedTokens * epochs * price) / 1_000_000) : undefined;
  return { billedTokens, epochs, estimatedCostUsd };
}

function roundCents(usd: number): number {
  return Math.round(usd * 100) / 100;
}
