// Agent-LLM failures, classified once so retry, the run loop and the UI agree on what they mean.
import { UserError } from '../errors.js';
import type { AgentProvider, TokenUsage } from './types.js';

export type LlmErrorKind =
  | 'auth' // 401/403: wrong or missing permission; never retried, ends the run
  | 'not_found' // 404: unknown model or endpoint; never retried, ends the run
  | 'bad_request' // 400/422 and other 4xx: this request is refused; never retried
  | 'rate_limit' // 429: retried, honoring Retry-After
  | 'server' // 5xx: retried
  | 'timeout' // no answer within the per-request timeout: retried
  | 'network' // connection refused/reset: retried
  | 'malformed'; // the answer is not the JSON we asked for: repaired once by the caller

const RETRYABLE: ReadonlySet<LlmErrorKind> = new Set(['rate_limit', 'server', 'timeout', 'network']);
/** Kinds after which every further request would fail the same way. */
const FATAL: ReadonlySet<LlmErrorKind> = new Set(['auth', 'not_found']);

export class LlmError extends UserError {
  readonly kind: LlmErrorKind;
  readonly provider: AgentProvider;
  readonly status?: number;
  /** Server-requested wait before retrying (Retry-After), in ms. */
  readonly retryAfterMs?: number;
  /** Tokens billed for answers that were then unusable (malformed), so the budget still counts them. */
  costUsd: number;
  usage: TokenUsage;

  constructor(
    kind: LlmErrorKind,
    provider: AgentProvider,
    message: string,
    options: { hint?: string; status?: number; retryAfterMs?: number; costUsd?: number; usage?: TokenUsage; cause?: unknown } = {},
  ) {
    super(message, { hint: options.hint, exitCode: FATAL.has(kind) ? 2 : 1, cause: options.cause });
    this.name = 'LlmError';
    this.kind = kind;
    this.provider = provider;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
    this.costUsd = options.costUsd ?? 0;
    this.usage = options.usage ?? { inputTokens: 0, outputTokens: 0 };
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.kind);
  }

  /** True when continuing the run is pointless (bad key, unknown model). */
  get fatal(): boolean {
    return FATAL.has(this.kind);
  }
}

/** Parses Retry-After (seconds or an HTTP date) and the non-standard retry-after-ms, in ms. */
export function parseRetryAfter(headers: { get(name: string): string | null } | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers.get('retry-after-ms'));
  if (headers.get('retry-after-ms') !== null && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
