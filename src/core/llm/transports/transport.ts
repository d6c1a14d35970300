// What each vendor adapter does: send one structured request, return the raw answer and usage.
import type { LlmRequest, TokenUsage } from '../types.js';

export interface RawAnswer {
  /** The answer as text to be parsed as JSON (OpenAI family, Gemini)... */
  text?: string;
  /** ...or as an already-parsed object (Anthropic tool input). */
  value?: unknown;
  usage: TokenUsage;
  model?: string;
  /** Why there is no usable answer (a refusal, a missing tool call), for the repair prompt. */
  problem?: string;
  /** The answer stopped at the token limit (OpenAI finish_reason length, Anthropic max_tokens, Gemini MAX_TOKENS). */
  truncated?: boolean;
}

export interface Transport {
  /** Throws the SDK's own error; the client classifies it. */
  send(request: LlmRequest, signal: AbortSignal): Promise<RawAnswer>;
}

/** The answer bound when a request names none: every call has one, so a runaway answer cannot fill the context. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 4096;

/** Long enough that our own per-attempt timeout (attempt.ts) always fires first. */
export const SDK_TIMEOUT_MS = 24 * 60 * 60 * 1000;
