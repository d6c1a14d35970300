// Pre-run cost estimate for create/free/hybrid, from chunk token counts and the price table.
import { batchPrice, priceFor, type ModelPrice } from './prices.js';
import type { AgentProvider } from './types.js';

export interface CostEstimateInput {
  provider: AgentProvider;
  model: string;
  /** Token counts of the chunks in the order the run visits them (round-robin). */
  chunkTokens: number[];
  /** Samples still to generate. */
  samples: number;
  samplesPerCall: number;
  turns: number;
  /** Size of the system prompt and instructions, in tokens. */
  promptTokens: number;
  judge?: boolean;
  /** Overrides the price table (config system.price). */
  price?: Omit<ModelPrice, 'known'>;
  /** Sent through the provider's batch API: the batch price. */
  batch?: boolean;
}

export interface CostEstimate {
  calls: number;
  inputTokens: number;
  outputTokens: number;
  usd: number;
  /** false: the model is not in the price table, usd is 0 and means "unknown". */
  priceKnown: boolean;
}

/** Typical lengths of generated text, in tokens, measured on create-mode output. */
const QUESTION_TOKENS = 40;
const ANSWER_TOKENS = 160;
const PER_CONVERSATION_OVERHEAD = 25; // keywords and JSON punctuation
const JUDGE_SCORE_TOKENS = 30;

export function estimateGenerationCost(input: CostEstimateInput): CostEstimate {
  const listed = input.price ? { ...input.price, known: true } : priceFor(input.provider, input.model);
  const price = input.batch ? batchPrice(listed) : listed;
  const calls = input.samples > 0 && input.chunkTokens.length > 0 ? Math.ceil(input.samples / input.samplesPerCall) : 0;
  const outputPerCall = input.samplesPerCall * (input.turns * (QUESTION_TOKENS + ANSWER_TOKENS) + PER_CONVERSATION_OVERHEAD);
  let inputTokens = 0;
  let outputTokens = 0;
  for (let call = 0; call < calls; call++) {
    const chunk = input.chunkTokens[call % input.chunkTokens.length];
    inputTokens += input.promptTokens + chunk;
    outputTokens += outputPerCall;
    if (input.judge) {
      inputTokens += input.promptTokens + chunk + outputPerCall;
      outputTokens += input.samplesPerCall * JUDGE_SCORE_TOKENS;
    }
  }
  const usd = (inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok) / 1_000_000;
  return { calls, inputTokens, outputTokens, usd, priceKnown: price.known };
}

/** Rough token count for prompt text when no tokenizer is at hand (about 4 characters a token). */
export function roughTokens(text: string): number {
  return Math.ceil(text.length / 4);
}
