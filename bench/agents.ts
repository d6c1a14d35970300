// Agent-LLM throughput: N requests against a local OpenAI-protocol server with a fixed latency, at a
// fixed concurrency, through our client (real openai SDK, limiter, retry, timeout, JSON parsing) and
// through the whole create-mode loop; the ideal is ceil(N / concurrency) x latency. A baseline of
// plain fetch calls at the same concurrency is measured in the same run. The server runs in a child
// process (like a remote provider); 3 rounds, best and median reported.
// Run: npx tsx bench/agents.ts
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { runCreateAgent } from '../src/core/agents/create/create-agent.js';
import { createAgentClient } from '../src/core/llm/client.js';
import { MemoryJournal, MemorySink, chunk } from '../tests/agents/helpers.js';

const N = 200;
const CONCURRENCY = 8;
const LATENCY_MS = 100;
const RATIO_TARGET = 1.1;
const IDEAL_MS = Math.ceil(N / CONCURRENCY) * LATENCY_MS;
const PROMPTS_DIR = new URL('../prompts', import.meta.url).pathname;

const request = {
  system: 'You write conversations.',
  user: 'Source: bench.txt\n\nWrite 1 conversation(s) now.',
  schema: { type: 'object', properties: {}, required: [], additionalProperties: false },
  schemaName: 'conversations',
  temperature: 0.7,
};

interface Server {
  baseURL: string;
}

const envFor = (server: Server) => ({ OPENAI_API_KEY: 'sk-bench-0123456789abcdef', OPENAI_BASE_URL: server.baseURL });

/** A fresh server process per measured run, so max-in-flight counts are per run. */
async function withServer<T>(run: (server: Server) => Promise<T>): Promise<{ value: T; ms: number; maxInFlight: number }> {
  const child = fork(new URL('./_agents-server.ts', import.meta.url).pathname, [String(LATENCY_MS)], { execArgv: ['--import', 'tsx'] });
  try {
    const [server] = (await once(child, 'message')) as [Server];
    const started = performance.now();
    const value = await run(server);
    const ms = performance.now() - started;
    child.send('stats');
    const [stats] = (await once(child, 'message')) as [{ maxInFlight: number }];
    return { value, ms, maxInFlight: stats.maxInFlight };
  } finally {
    child.send('close');
    await once(child, 'exit');
  }
}

/** What anyone would write first: CONCURRENCY workers calling fetch in a loop. Returns its peak in flight. */
async function baseline(server: Server): Promise<number> {
  let next = 0;
  const body = JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: request.user }] });
  const worker = async () => {
    while (next < N) {
      next++;
      const response = await fetch(`${server.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      await response.json();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return CONCURRENCY;
}

async function client(server: Server): Promise<number> {
  const agent = await createAgentClient({ provider: 'openai', model: 'gpt-4o-mini', env: envFor(server), timeoutMs: 10_000, maxRetries: 2, concurrency: CONCURRENCY });
  await Promise.all(Array.from({ length: N }, () => agent.complete(request)));
  return agent.peakInFlight;
}

async function createLoop(server: Server): Promise<number> {
  const agent = await createAgentClient({ provider: 'openai', model: 'gpt-4o-mini', env: envFor(server), timeoutMs: 10_000, maxRetries: 2, concurrency: CONCURRENCY });
  const result = await runCreateAgent({
    client: agent,
    promptsDir: PROMPTS_DIR,
    chunks: Array.from({ length: N }, (_, i) => chunk(`file${i % 10}.txt`, i)),
    target: N,
    settings: { variety: 'medium', turns: 1, samplesPerCall: 1 },
    concurrency: CONCURRENCY,
    journal: new MemoryJournal(),
    sink: new MemorySink(),
  });
  if (result.accepted !== N) throw new Error(`create loop accepted ${result.accepted} of ${N}`);
  return agent.peakInFlight;
}

await withServer(async (server) => {
  // Warm-up: load the SDK and open connections outside the measured runs.
  const agent = await createAgentClient({ provider: 'openai', model: 'gpt-4o-mini', env: envFor(server), timeoutMs: 10_000, maxRetries: 0, concurrency: CONCURRENCY });
  await Promise.all(Array.from({ length: CONCURRENCY }, () => agent.complete(request)));
});

const ROUNDS = 3;
const variants = [
  { name: 'baseline (plain fetch)', run: baseline, gated: false },
  { name: 'AgentClient.complete', run: client, gated: true },
  { name: 'create-mode loop', run: createLoop, gated: false },
];
const times = variants.map(() => [] as number[]);
const maxInFlight = variants.map(() => 0);
const peaks = variants.map(() => 0);
for (let round = 0; round < ROUNDS; round++) {
  for (let v = 0; v < variants.length; v++) {
    const r = await withServer(variants[v].run);
    times[v].push(r.ms);
    maxInFlight[v] = Math.max(maxInFlight[v], r.maxInFlight);
    peaks[v] = Math.max(peaks[v], r.value);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`N=${N} requests, latency ${LATENCY_MS} ms, concurrency ${CONCURRENCY}, ${ROUNDS} rounds: ideal ceil(N/${CONCURRENCY}) x ${LATENCY_MS} ms = ${IDEAL_MS} ms, target ≤ ${RATIO_TARGET}x`);
let ok = true;
variants.forEach((variant, v) => {
  const best = Math.min(...times[v]) / IDEAL_MS;
  const mid = median(times[v]) / IDEAL_MS;
  const pass = best <= RATIO_TARGET && maxInFlight[v] <= CONCURRENCY;
  if (variant.gated) ok &&= pass;
  const verdict = variant.gated ? (pass ? '  ok' : '  FAIL') : '';
  console.log(`${variant.name.padEnd(24)} best ${best.toFixed(3)}x  median ${mid.toFixed(3)}x  max in flight ${maxInFlight[v]} (client peak ${peaks[v]})${verdict}`);
});
console.log(`vs baseline (median): client ${(median(times[1]) / median(times[0])).toFixed(3)}x, create loop ${(median(times[2]) / median(times[0])).toFixed(3)}x`);
process.exitCode = ok ? 0 : 1;
