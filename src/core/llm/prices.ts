// Agent-model prices in USD per million tokens (list prices, standard tier, mid-2025; edit as they change).
// A dated or suffixed model name matches its longest listed prefix ("gpt-4o-mini-2024-07-18" → gpt-4o-mini).
// Unknown models cost 0 and are flagged (known: false) so the UI can say the total is not a real cost.
import type { AgentProvider, TokenUsage } from './types.js';

export interface ModelPrice {
  inputPerMTok: number;
  outputPerMTok: number;
  /** false: the model is not in the table, costs are reported as 0. */
  known: boolean;
}

type PriceTable = Record<string, [input: number, output: number]>;

const OPENAI: PriceTable = {
  'gpt-4o-mini': [0.15, 0.6],
  'gpt-4o': [2.5, 10],
  'gpt-4.1-nano': [0.1, 0.4],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4.1': [2, 8],
  'gpt-5-nano': [0.05, 0.4],
  'gpt-5-mini': [0.25, 2],
  'gpt-5': [1.25, 10],
  'o4-mini': [1.1, 4.4],
  'o3-mini': [1.1, 4.4],
  o3: [2, 8],
  'gpt-3.5-turbo': [0.5, 1.5],
};

const ANTHROPIC: PriceTable = {
  'claude-3-haiku': [0.25, 1.25],
  'claude-3-5-haiku': [0.8, 4],
  'claude-haiku-4-5': [1, 5],
  'claude-3-5-sonnet': [3, 15],
  'claude-3-7-sonnet': [3, 15],
  'claude-sonnet-4': [3, 15],
  'claude-opus-4-5': [5, 25],
  'claude-opus-4': [15, 75],
};

const GOOGLE: PriceTable = {
  'gemini-2.5-pro': [1.25, 10],
  'gemini-2.5-flash-lite': [0.1, 0.4],
  'gemini-2.5-flash': [0.3, 2.5],
  'gemini-2.0-flash-lite': [0.075, 0.3],
  'gemini-2.0-flash': [0.1, 0.4],
  'gemini-1.5-pro': [1.25, 5],
  'gemini-1.5-flash': [0.075, 0.3],
};

const MISTRAL: PriceTable = {
  'mistral-large': [2, 6],
  'mistral-medium': [0.4, 2],
  'mistral-small': [0.1, 0.3],
  'open-mistral-nemo': [0.15, 0.15],
  'ministral-8b': [0.1, 0.1],
  'ministral-3b': [0.04, 0.04],
  codestral: [0.3, 0.9],
};

/** Typical hosted prices (Together, Groq, Fireworks differ a little); matched on the lowercased name. */
const LLAMA: PriceTable = {
  'llama-3.1-8b': [0.1, 0.1],
  'llama-3.1-70b': [0.88, 0.88],
  'llama-3.3-70b': [0.88, 0.88],
  'llama-3.1-405b': [3.5, 3.5],
  'llama-4-scout': [0.18, 0.59],
  'llama-4-maverick': [0.27, 0.85],
};

const TABLES: Record<AgentProvider, PriceTable | 'free'> = {
  openai: OPENAI,
  anthropic: ANTHROPIC,
  google: GOOGLE,
  mistral: MISTRAL,
  llama: LLAMA,
  ollama: 'free',
};

/** Lowercased model name without a path prefix ("models/", "meta-llama/", "accounts/x/models/"). */
function normalize(model: string): string {
  const lower = model.trim().toLowerCase();
  return lower.slice(lower.lastIndexOf('/') + 1);
}

export function priceFor(provider: AgentProvider, model: string): ModelPrice {
  const table = TABLES[provider];
  if (table === 'free') return { inputPerMTok: 0, outputPerMTok: 0, known: true };
  const name = normalize(model);
  let best: string | undefined;
  for (const listed of Object.keys(table)) {
    const matches = name === listed || name.startsWith(`${listed}-`) || name.startsWith(`${listed}:`) || name.includes(`-${listed}`);
    if (matches && (!best || listed.length > best.length)) best = listed;
  }
  if (!best) return { inputPerMTok: 0, outputPerMTok: 0, known: false };
  const [inputPerMTok, outputPerMTok] = table[best];
  return { inputPerMTok, outputPerMTok, known: true };
}

/**
 * The batch APIs (OpenAI Batch, Anthropic Message Batches, Gemini batch mode) bill half the list
 * price for input and output tokens alike, for every model they take.
 */
const BATCH_DISCOUNT = 0.5;

/** The price of a request sent through the provider's batch API. */
export function batchPrice(price: ModelPrice): ModelPrice {
  return { ...price, inputPerMTok: price.inputPerMTok * BATCH_DISCOUNT, outputPerMTok: price.outputPerMTok * BATCH_DISCOUNT };
}

export function costOf(usage: TokenUsage, price: ModelPrice): number {
  return (usage.inputTokens * price.inputPerMTok + usage.outputTokens * price.outputPerMTok) / 1_000_000;
}
