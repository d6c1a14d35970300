import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { LlmError, parseRetryAfter } from '../../src/core/llm/errors.js';
import { backoffDelay, retryDelay, sleep, withRetry } from '../../src/core/llm/retry.js';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('parseRetryAfter', () => {
  it('reads seconds, an HTTP date and retry-after-ms', () => {
    expect(parseRetryAfter(headers({ 'retry-after': '3' }))).toBe(3000);
    expect(parseRetryAfter(headers({ 'retry-after-ms': '250', 'retry-after': '3' }))).toBe(250);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(headers({}))).toBeUndefined();
    expect(parseRetryAfter(headers({ 'retry-after': 'soon' }))).toBeUndefined();
  });
});

describe('backoff', () => {
  it('doubles each retry with jitter between half and the whole step, capped', () => {
    const policy = { maxRetries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffDelay(0, policy, () => 0)).toBe(50);
    expect(backoffDelay(0, policy, () => 1)).toBe(100);
    expect(backoffDelay(2, policy, () => 0.5)).toBe(300);
    expect(backoffDelay(10, policy, () => 1)).toBe(1000);
  });

  it('prefers the server Retry-After, within its cap', () => {
    const error = new LlmError('rate_limit', 'openai', 'slow', { retryAfterMs: 7000 });
    expect(retryDelay(error, 0, { maxRetries: 1 })).toBe(7000);
    expect(retryDelay(error, 0, { maxRetries: 1, maxRetryAfterMs: 2000 })).toBe(2000);
  });
});

describe('withRetry', () => {
  it('retries retryable errors up to maxRetries, then gives up', async () => {
    let calls = 0;
    const run = async () => {
      calls++;
      throw new LlmError('server', 'openai', 'down');
    };
    const error = await withRetry(run, { maxRetries: 2, baseDelayMs: 1 }).catch((e: LlmError) => e);
    expect(calls).toBe(3);
    expect(error.message).toContain('gave up after 3 attempts');
  });

  it('does not retry a bad request or a non-LLM error', async () => {
    for (const thrown of [new LlmError('bad_request', 'openai', 'no'), new TypeError('bug')]) {
      let calls = 0;
      await expect(withRetry(async () => { calls++; throw thrown; }, { maxRetries: 3, baseDelayMs: 1 })).rejects.toBe(thrown);
      expect(calls).toBe(1);
    }
  });

  it('stops waiting between attempts when aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = Date.now();
    const run = async () => {
      throw new LlmError('rate_limit', 'openai', 'wait', { retryAfterMs: 10_000 });
    };
    await expect(withRetry(run, { maxRetries: 3 }, { signal: controller.signal })).rejects.toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(3000); // far below the 10 s Retry-After
    await expect(sleep(10, controller.signal)).rejects.toBeInstanceOf(CancelledError);
  });
});
