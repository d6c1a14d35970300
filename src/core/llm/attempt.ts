// One HTTP attempt bounded by the per-request timeout and by the caller's AbortSignal.
import { CancelledError } from '../errors.js';
import { LlmError } from './errors.js';
import type { AgentProvider } from './types.js';

/**
 * Runs `send` with a signal that fires on timeout or when `outer` aborts. Returns as soon as either
 * happens, even if the SDK is slow to notice, so a hung server never holds a slot past the timeout.
 */
export async function runAttempt<T>(
  send: (signal: AbortSignal) => Promise<T>,
  options: { timeoutMs: number; provider: AgentProvider; outer?: AbortSignal },
): Promise<T> {
  const { timeoutMs, provider, outer } = options;
  if (outer?.aborted) throw new CancelledError();
  const controller = new AbortController();
  let timedOut = false;
  let rejectEarly: (error: Error) => void = () => {};
  const early = new Promise<never>((_resolve, reject) => {
    rejectEarly = reject;
  });
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    rejectEarly(timeoutError(provider, timeoutMs));
  }, timeoutMs);
  const onOuterAbort = () => {
    controller.abort();
    rejectEarly(new CancelledError());
  };
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    return await Promise.race([send(controller.signal), early]);
  } catch (error) {
    if (outer?.aborted) throw new CancelledError();
    if (timedOut) throw timeoutError(provider, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
  }
}

function timeoutError(provider: AgentProvider, timeoutMs: number): LlmError {
  return new LlmError('timeout', provider, `No answer from the ${provider} agent within ${formatSeconds(timeoutMs)}.`, {
    hint: 'Raise system.timeout in config.yaml, or lower --concurrency if the server is overloaded.',
  });
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
