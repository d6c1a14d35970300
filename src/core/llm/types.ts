// The agent-LLM contract: one structured request in, one parsed JSON answer out, whatever the vendor.
import type { AGENT_PROVIDERS } from '../config/schema.js';

export type AgentProvider = (typeof AGENT_PROVIDERS)[number];

/** A JSON Schema object (the subset every provider accepts: see wire-schema.ts). */
export type JsonSchema = Record<string, unknown>;

export interface LlmRequest {
  system: string;
  user: string;
  /** Schema of the answer; the top level must be an object. */
  schema: JsonSchema;
  /** Short identifier ([a-zA-Z0-9_-]) used as the OpenAI schema name and the Anthropic tool name. */
  schemaName: string;
  temperature: number;
  /** Upper bound on answer tokens, sized by the caller to what the answer needs. Default 4096 (transport.ts). */
  maxOutputTokens?: number;
  signal?: AbortSignal;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface LlmResponse {
  json: unknown;
  usage: TokenUsage;
  costUsd: number;
  /** The model that answered, as reported by the server when it says. */
  model: string;
}

export interface RetryNotice {
  provider: AgentProvider;
  /** 1-based number of the retry about to happen. */
  attempt: number;
  delayMs: number;
  reason: string;
  /** The server answered 429: this is a rate-limit wait. */
  rateLimited: boolean;
}

/** What a client did so far, for the run's generation record. */
export interface ClientUsage {
  /** HTTP requests sent, retries included. */
  requests: number;
  /** Calls that ended in an error after their retries (a malformed answer included). */
  failed: number;
  retried: number;
  /** Of the retries, those after a 429 (rate limit). */
  rateLimited: number;
  inputTokens: number;
  outputTokens: number;
}

export interface AgentClient {
  provider: AgentProvider;
  model: string;
  /** The API base URL, without credentials or query (safe to show and store). */
  endpoint: string;
  readonly usage: Readonly<ClientUsage>;
  /** Whether the price table knows this model (unknown models cost 0 and are flagged). */
  priceKnown: boolean;
  /** Requests in flight right now and the most ever in flight (for progress and benchmarks). */
  readonly inFlight: number;
  readonly peakInFlight: number;
  /** Input + output tokens of every answer received so far (for the live run view). */
  readonly tokensUsed: number;
  complete(req: LlmRequest): Promise<LlmResponse>;
}
