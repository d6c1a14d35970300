// The client's limit holds for real HTTP requests, counted by the server.
import { afterEach, expect, it } from 'vitest';
import { createAgentClient } from '../../src/core/llm/client.js';
import { ConcurrencyLimiter } from '../../src/core/llm/limiter.js';
import { envFor } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';

let server: ScriptedServer | undefined;
afterEach(async () => server?.close());

const request = { system: 's', user: 'u', schema: { type: 'object', properties: {}, required: [], additionalProperties: false }, schemaName: 'empty', temperature: 0 };

it('never has more requests in flight than the concurrency limit, retries included', async () => {
  // Every third request fails once with a 500, so retries compete for slots too.
  server = await startScriptedServer('openai', (req) => (req.index % 3 === 0 ? { status: 500 } : { answer: {}, delayMs: 20 }));
  const client = await createAgentClient({
    provider: 'openai', model: 'gpt-4o-mini', env: envFor(server), timeoutMs: 5000, maxRetries: 3, concurrency: 3, retry: { baseDelayMs: 1, maxDelayMs: 5 },
  });
  await Promise.all(Array.from({ length: 24 }, () => client.complete(request)));
  expect(server.maxInFlight).toBe(3);
  expect(client.peakInFlight).toBe(3);
  expect(client.tokensUsed).toBeGreaterThan(0);
  expect(client.inFlight).toBe(0);
});

it('shares one limit between two clients given the same limiter', async () => {
  server = await startScriptedServer('openai', [{ answer: {}, delayMs: 20 }]);
  const limiter = new ConcurrencyLimiter(2);
  const options = { provider: 'openai' as const, env: envFor(server), timeoutMs: 5000, maxRetries: 0, limiter };
  const writer = await createAgentClient({ ...options, model: 'gpt-4o-mini' });
  const judge = await createAgentClient({ ...options, model: 'gpt-4o' });
  await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? writer : judge).complete(request)));
  expect(server.maxInFlight).toBe(2);
});
