// Our own retry loop (SDK retries are disabled so the counts are ours): exponential backoff with
// jitter, Retry-After honored, only for errors that may succeed on a second try.
import { CancelledError } from '../errors.js';
import { LlmError } from './errors.js';

export interface RetryPolicy {
  /** Retries after the first attempt (0 = try once). */
  maxRetries: number;
  /** First backoff step; doubles each retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Cap on one backoff step. Default 30 s. */
  maxDelayMs?: number;
  /** Cap on a server-requested Retry-After. Default 120 s. */
  maxRetryAfterMs?: number;
}

export interface RetryHooks {
  signal?: AbortSignal;
  onRetry?: (info: { attempt: number; delayMs: number; error: LlmError }) => void;
  random?: () => number;
}

/** "Equal jitter": half the exponential step guaranteed, the other half random. */
export function backoffDelay(retryIndex: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const base = policy.baseDelayMs ?? 500;
  const cap = Math.min(policy.maxDelayMs ?? 30_000, base * 2 ** retryIndex);
  return Math.round(cap / 2 + random() * (cap / 2));
}

export function retryDelay(error: LlmError, retryIndex: number, policy: RetryPolicy, random?: () => number): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxRetryAfterMs ?? 120_000);
  return backoffDelay(retryIndex, policy, random);
}

export async function withRetry<T>(run: () => Promise<T>, policy: RetryPolicy, hooks: RetryHooks = {}): Promise<T> {
  for (let retryIndex = 0; ; retryIndex++) {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof LlmError) || !error.retryable || retryIndex >= policy.maxRetries) {
        if (error instanceof LlmError && error.retryable && retryIndex > 0) error.message += ` (gave up after ${retryIndex + 1} attempts)`;
        throw error;
      }
      const delayMs = retryDelay(error, retryIndex, policy, hooks.random);
      hooks.onRetry?.({ attempt: retryIndex + 1, delayMs, error });
      await sleep(delayMs, hooks.signal);
    }
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
