// The whole create pipeline end to end (buildDataset, as `ftdb build` runs it: opening SQLite, ingest,
// generation loop, SQLite commits, tokens, validation, split, export, backup) against a local OpenAI-protocol server in a child process with a fixed
// latency, where about half the conversations offered are duplicates (a realistic acceptance rate).
// For each latency x size x concurrency: span = first request to last answer (server clock), ideal =
// ceil(requests / concurrency) x latency, and over-generation = conversations that would have
// survived dedup but were not needed (fresh ones served minus samples stored), against one call's
// worth (samples_per_chunk). Targets: span <= 1.10x ideal, over-generation <= samples_per_chunk.
// Run: npx tsx bench/agents-pipeline.ts [--quick] [--only SIZExCONC] [--trace]
//   --quick: 250 ms only; --only 60x4: that row only; --trace: each request's start and end (ms after
//   the first request) and the gap since the previous answer, to see where the time between waves goes.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configSchema } from '../src/core/config/schema.js';
import { buildDataset } from '../src/core/app/build.js';
import { workspacePaths } from '../src/core/paths.js';
import type { ServerStats } from './_agents-server.js';

const SAMPLES_PER_CALL = 5;
const SPAN_TARGET = 1.1;
const LATENCIES = process.argv.includes('--quick') ? [250] : [250, 2000];
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const TRACE = process.argv.includes('--trace');
const SIZES = ONLY ? [Number(ONLY.split('x')[0])] : [20, 60, 200];
const CONCURRENCIES = ONLY ? [Number(ONLY.split('x')[1])] : [4, 8];

const SENTENCES = [
  'The library opens at nine in the morning and closes at six in the evening on weekdays.',
  'Members may borrow up to twelve books at once for a period of three weeks.',
  'Late returns cost twenty cents per day, capped at the price of the book.',
  'The reading room on the second floor is reserved for quiet study.',
  'Children under ten must be accompanied by an adult in the archive section.',
  'Printing costs ten cents per page in black and white and fifty cents in colour.',
  'The wireless network is free for members and requires the card number to log in.',
  'Rare manuscripts can be consulted by appointment with the archivist.',
];

function writeWorkspace(size: number, concurrency: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-pipeline-'));
  const input = path.join(dir, 'input_files');
  fs.mkdirSync(input);
  for (let f = 0; f < 8; f++) {
    const paragraphs = Array.from({ length: 6 }, (_, p) => SENTENCES.map((_, s) => SENTENCES[(s + p + f) % SENTENCES.length]).join(' '));
    fs.writeFileSync(path.join(input, `handbook-${f}.txt`), paragraphs.join('\n\n'));
  }
  const config = {
    provider: 'openai',
    model: 'gpt-4o-mini',
    mode: 'create',
    dataset_size: size,
    agent: { create: { samples_per_chunk: SAMPLES_PER_CALL } },
    ingest: { chunk_tokens: 120, chunk_overlap: 0 },
    system: { agentic_llm: 'openai', agentic_model: 'gpt-4o-mini', concurrency, timeout: 60, max_retries: 1 },
  };
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

async function measure(latencyMs: number, size: number, concurrency: number) {
  const child = fork(new URL('./_agents-server.ts', import.meta.url).pathname, [String(latencyMs), 'half'], { execArgv: ['--import', 'tsx'] });
  const dir = writeWorkspace(size, concurrency);
  try {
    const [server] = (await once(child, 'message')) as [{ baseURL: string }];
    const config = configSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')));
    const env = { OPENAI_API_KEY: 'sk-bench-0123456789abcdef', OPENAI_BASE_URL: server.baseURL };
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const result = await buildDataset({ config, paths: workspacePaths(dir), env, confirmed: true });
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    child.send('stats');
    const [stats] = (await once(child, 'message')) as [ServerStats];
    const spanMs = stats.lastAt - stats.firstAt;
    if (TRACE) printTimeline(stats);
    const idealMs = Math.ceil(stats.requests / concurrency) * latencyMs;
    const stored = result.samples + result.excluded;
    return { requests: stats.requests, spanMs, idealMs, ratio: spanMs / idealMs, wallMs, stored, overGeneration: stats.fresh - stored, maxInFlight: stats.maxInFlight, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / stats.requests };
  } finally {
    child.send('close');
    await once(child, 'exit');
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printTimeline(stats: ServerStats): void {
  for (const [i, r] of stats.timeline.entries()) {
    const previous = stats.timeline.slice(0, i).filter((p) => p.answeredAt <= r.receivedAt);
    const lastAnswer = previous.length ? Math.max(...previous.map((p) => p.answeredAt)) : stats.firstAt;
    console.log(`  #${i} start ${r.receivedAt - stats.firstAt} ms, end ${r.answeredAt - stats.firstAt} ms, gap since last answer ${r.receivedAt - lastAnswer} ms`);
  }
}

// Warm-up: lazy imports (SDK, SQLite, tokenizers) loaded outside the measured runs.
await measure(50, 20, 4);

let ok = true;
console.log(`create pipeline end to end, samples_per_chunk ${SAMPLES_PER_CALL}, ~half of the conversations offered are duplicates`);
// cpu/req: this process's CPU time over the whole build divided by the requests (the load-independent
// part of the span: on a shared machine the same CPU takes longer).
console.log('latency  size  conc  requests  stored  span      ideal     ratio   over-gen  wall      cpu/req  in flight');
for (const latencyMs of LATENCIES) {
  for (const size of SIZES) {
    for (const concurrency of CONCURRENCIES) {
      const r = await measure(latencyMs, size, concurrency);
      const pass = r.ratio <= SPAN_TARGET && r.overGeneration <= SAMPLES_PER_CALL && r.stored >= size;
      ok &&= pass;
      console.log(
        `${String(latencyMs).padStart(5)} ms ${String(size).padStart(5)} ${String(concurrency).padStart(5)} ${String(r.requests).padStart(9)} ${String(r.stored).padStart(7)}  ` +
          `${(r.spanMs / 1000).toFixed(2).padStart(6)} s  ${(r.idealMs / 1000).toFixed(2).padStart(6)} s  ${r.ratio.toFixed(3)}x ${String(r.overGeneration).padStart(8)}  ` +
          `${(r.wallMs / 1000).toFixed(2).padStart(6)} s  ${r.cpuMsPerRequest.toFixed(1).padStart(5)} ms  ${r.maxInFlight}${pass ? '  ok' : '  FAIL'}`,
      );
    }
  }
}
process.exitCode = ok ? 0 : 1;
