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

/** Per listed name: input and output price, and the id to send when the listed name is only a prefix. */
type PriceTable = Record<string, [input: number, output: number, apiId?: string]>;

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
  'claude-3-haiku': [0.25, 1.25, 'claude-3-haiku-20240307'],
  'claude-3-5-haiku': [0.8, 4, 'claude-3-5-haiku-latest'],
  'claude-haiku-4-5': [1, 5],
  'claude-3-5-sonnet': [3, 15, 'claude-3-5-sonnet-latest'],
  'claude-3-7-sonnet': [3, 15, 'claude-3-7-sonnet-latest'],
  'claude-sonnet-4': [3, 15, 'claude-sonnet-4-0'],
  'claude-opus-4-5': [5, 25],
  'claude-opus-4': [15, 75, 'claude-opus-4-0'],
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
  'mistral-large': [2, 6, 'mistral-large-latest'],
  'mistral-medium': [0.4, 2, 'mistral-medium-latest'],
  'mistral-small': [0.1, 0.3, 'mistral-small-latest'],
  'open-mistral-nemo': [0.15, 0.15],
  'ministral-8b': [0.1, 0.1, 'ministral-8b-latest'],
  'ministral-3b': [0.04, 0.04, 'ministral-3b-latest'],
  codestral: [0.3, 0.9, 'codestral-latest'],
};

/** Typical hosted prices (Together, Groq, Fireworks differ a little); matched on the lowercased name. Ids: Hugging Face's. */
const LLAMA: PriceTable = {
  'llama-3.1-8b': [0.1, 0.1, 'meta-llama/Llama-3.1-8B-Instruct'],
  'llama-3.1-70b': [0.88, 0.88, 'meta-llama/Llama-3.1-70B-Instruct'],
  'llama-3.3-70b': [0.88, 0.88, 'meta-llama/Llama-3.3-70B-Instruct'],
  'llama-3.1-405b': [3.5, 3.5, 'meta-llama/Llama-3.1-405B-Instruct'],
  'llama-4-scout': [0.18, 0.59, 'meta-llama/Llama-4-Scout-17B-16E-Instruct'],
  'llama-4-maverick': [0.27, 0.85, 'meta-llama/Llama-4-Maverick-17B-128E-Instruct'],
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

/** A model the menu offers for an agent provider, with its price (none for a local server). */
export interface PricedModel {
  model: string;
  price: ModelPrice;
}

/** Every model of the price table of a provider, cheapest first; a local server lists none. */
export function pricedModels(provider: AgentProvider): PricedModel[] {
  const table = TABLES[provider];
  if (table === 'free') return [];
  return Object.entries(table)
    .map(([listed, [inputPerMTok, outputPerMTok, apiId]]) => ({ model: apiId ?? listed, price: { inputPerMTok, outputPerMTok, known: true } }))
    .sort((a, b) => a.price.inputPerMTok + a.price.outputPerMTok - (b.price.inputPerMTok + b.price.outputPerMTok));
}
