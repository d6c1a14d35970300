// Each of the three SDKs against a local server speaking its wire protocol.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CancelledError } from '../../src/core/errors.js';
import { createAgentClient } from '../../src/core/llm/client.js';
import { LlmError } from '../../src/core/llm/errors.js';
import { costOf, priceFor } from '../../src/core/llm/prices.js';
import { askStructured, validateWith } from '../../src/core/llm/structured.js';
import type { LlmRequest, RetryNotice } from '../../src/core/llm/types.js';
import { toWireSchema } from '../../src/core/llm/wire-schema.js';
import { envFor, MODEL_FOR, PROVIDER_FOR, TEST_KEYS } from '../servers/env.js';
import type { Protocol } from '../servers/protocols.js';
import { startScriptedServer, type ScriptedServer, type Step } from '../servers/scripted-server.js';

const answerSchema = z.object({ capital: z.string().min(1), population: z.number() });
const GOOD = { capital: 'Paris', population: 2_100_000 };

function request(extra: Partial<LlmRequest> = {}): LlmRequest {
  return {
    system: 'You answer geography questions.',
    user: 'What is the capital of France?',
    schema: toWireSchema(answerSchema),
    schemaName: 'geography_answer',
    temperature: 0.3,
    ...extra,
  };
}

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(protocol: Protocol, script: Step[], options: { timeoutMs?: number; maxRetries?: number; onRetry?: (n: RetryNotice) => void } = {}) {
  server = await startScriptedServer(protocol, script);
  const client = await createAgentClient({
    provider: PROVIDER_FOR[protocol],
    model: MODEL_FOR[protocol],
    env: envFor(server),
    timeoutMs: options.timeoutMs ?? 5_000,
    maxRetries: options.maxRetries ?? 3,
    retry: { baseDelayMs: 10, maxDelayMs: 40 },
    onRetry: options.onRetry,
  });
  return { client, server };
}

const authHeader: Record<Protocol, (h: Record<string, unknown>) => unknown> = {
  openai: (h) => h.authorization,
  anthropic: (h) => h['x-api-key'] ?? h.authorization, // this SDK version sends a Bearer token
  google: (h) => h['x-goog-api-key'],
};

describe.each<Protocol>(['openai', 'anthropic', 'google'])('%s client', (protocol) => {
  it('sends a structured-output request and returns the parsed answer with usage and cost', async () => {
    const { client, server } = await setup(protocol, [{ answer: GOOD, usage: { input: 1200, output: 300 } }]);
    const response = await client.complete(request());

    expect(response.json).toEqual(GOOD);
    expect(response.usage).toEqual({ inputTokens: 1200, outputTokens: 300 });
    const price = priceFor(PROVIDER_FOR[protocol], MODEL_FOR[protocol]);
    expect(price.known).toBe(true);
    expect(response.costUsd).toBeCloseTo(costOf({ inputTokens: 1200, outputTokens: 300 }, price), 12);
    expect(response.costUsd).toBeGreaterThan(0);

    const sent = server.requests[0];
    expect(sent.system).toBe('You answer geography questions.');
    expect(sent.user).toBe('What is the capital of France?');
    expect(sent.model).toBe(MODEL_FOR[protocol]);
    expect(sent.schema).toMatchObject({ type: 'object', required: ['capital', 'population'] });
    expect(String(authHeader[protocol](sent.headers))).toContain(TEST_KEYS[protocol]);
    if (protocol === 'openai') expect(sent.body.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'geography_answer', strict: true } });
    if (protocol === 'anthropic') expect(sent.body.tool_choice).toEqual({ type: 'tool', name: 'geography_answer' });
    if (protocol === 'google') expect(sent.body.generationConfig).toMatchObject({ responseMimeType: 'application/json', temperature: 0.3 });
  });

  it('waits for Retry-After on 429, then succeeds', async () => {
    const notices: RetryNotice[] = [];
    const { client, server } = await setup(protocol, [{ status: 429, retryAfter: '1', message: 'slow down' }, { answer: GOOD }], {
      onRetry: (notice) => notices.push(notice),
    });
    const response = await client.complete(request());

    expect(response.json).toEqual(GOOD);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].receivedAt - server.requests[0].receivedAt).toBeGreaterThanOrEqual(950);
    expect(notices).toEqual([expect.objectContaining({ attempt: 1, delayMs: 1000 })]);
    expect(notices[0].reason).toContain('429');
  });

  it('retries a 500 with backoff, then succeeds', async () => {
    const { client, server } = await setup(protocol, [{ status: 500 }, { status: 503 }, { answer: GOOD }]);
    const response = await client.complete(request());
    expect(response.json).toEqual(GOOD);
    expect(server.requests).toHaveLength(3);
  });

  it('times out a hung request, retries it, then reports a timeout', async () => {
    const { client, server } = await setup(protocol, [{ hang: true }], { timeoutMs: 200, maxRetries: 1 });
    const started = Date.now();
    const error = await client.complete(request()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('timeout');
    expect((error as LlmError).message).toContain('2 attempts');
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('repairs a malformed answer once, telling the model what was wrong', async () => {
    const { client, server } = await setup(protocol, [
      { text: 'Sure! The capital is Paris.', usage: { input: 100, output: 10 } },
      { answer: GOOD, usage: { input: 150, output: 20 } },
    ]);
    const result = await askStructured(client, request(), validateWith(answerSchema));

    expect(result.value).toEqual(GOOD);
    expect(result.repaired).toBe(true);
    expect(result.usage).toEqual({ inputTokens: 250, outputTokens: 30 });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].user).toContain('could not be used');
  });

  it('sends max_tokens and reports an answer stopped at it as cut off at the token limit', async () => {
    const { client, server } = await setup(protocol, [{ text: '{"capital": "Par', truncated: true }]);
    const error = (await client.complete(request({ maxOutputTokens: 300 })).catch((e: unknown) => e)) as LlmError;

    expect(error).toBeInstanceOf(LlmError);
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain('cut off at the token limit (300 tokens)');
    expect(server.requests[0].maxTokens).toBe(300);
  });

  it('sends a default max_tokens when the request names none', async () => {
    const { client, server } = await setup(protocol, [{ answer: GOOD }]);
    await client.complete(request());
    expect(server.requests[0].maxTokens).toBe(4096);
  });

  it('repairs a schema mismatch once, then records the item as failed', async () => {
    const { client, server } = await setup(protocol, [{ answer: { capital: 'Paris' } }]);
    const error = await askStructured(client, request(), validateWith(answerSchema)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('malformed');
    expect((error as LlmError).costUsd).toBeGreaterThan(0);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1].user).toContain('population');
  });

  it('does not retry a 401 and names the key variable without showing the key', async () => {
    const { client, server } = await setup(protocol, [{ status: 401, message: `invalid key ${TEST_KEYS[protocol]}` }]);
    const error = (await client.complete(request()).catch((e: unknown) => e)) as LlmError;

    expect(error).toBeInstanceOf(LlmError);
    expect(error.kind).toBe('auth');
    expect(error.fatal).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(error.message).toMatch(protocol === 'google' ? /GEMINI_API_KEY/ : /_API_KEY/);
    expect(error.hint).toContain('Identify mode');
    expect(`${error.message} ${error.hint}`).not.toContain(TEST_KEYS[protocol]);
  });

  it('stops an in-flight request when the signal aborts', async () => {
    const { client, server } = await setup(protocol, [{ hang: true }], { timeoutMs: 10_000 });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    const error = await client.complete(request({ signal: controller.signal })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(2_500); // far below the 10 s timeout
    await expect.poll(() => server.abandoned).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});
