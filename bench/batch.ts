// A 2,000-sample create run through the OpenAI Batch API (buildDataset with system.batch: ingest, batch
// planning and submission, polling, collection through the acceptance path, SQLite commits, tokens,
// validation, split, export) against the local batch server in a child process whose batches take a
// fixed simulated provider time. Baseline, same run and server: the bare SDK calls a batch needs
// (upload the same number of requests, create, poll at the same interval, download the results).
// Reported: ftdb's wall time over the baseline's, ftdb's own overhead per 1,000 samples, and whether
// the cost record equals the batch price table (half of gpt-4o-mini's list price per answered line).
// Run: npx tsx bench/batch.ts
import { fork } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenAI, { toFile } from 'openai';
import { configSchema } from '../src/core/config/schema.js';
import { buildDataset } from '../src/core/app/build.js';
import type { PipelineEvent } from '../src/core/pipeline/events.js';
import { workspacePaths } from '../src/core/paths.js';
import { corpusFile } from '../tests/helpers/corpus.js';
import type { BatchServerStats } from './_batch-server.js';

const SIZE = 2000;
const SAMPLES_PER_CALL = 5;
const PROVIDER_MS = 30_000;
const POLL_SECONDS = 0.25;
/** The local server bills every answered line 1,000 input + 500 output tokens; gpt-4o-mini lists $0.15 / $0.60 per M. */
const BATCH_COST_PER_LINE = ((1000 * 0.15 + 500 * 0.6) / 1e6) * 0.5;
/** At 30 s of provider time (real batches take minutes to hours): the provider's time dominates. */
const RATIO_TARGET = 1.5;

/** Real public documents of the test corpus (tests/fixtures/corpus/MANIFEST.md). */
const DOCUMENTS = ['text/homebrew_FAQ.md', 'text/semver.md', 'text/zlib_FAQ.txt', 'text/changelog_spotlight-8_interview.md'];

function writeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-batch-'));
  fs.mkdirSync(path.join(dir, 'input_files'));
  for (const doc of DOCUMENTS) fs.copyFileSync(corpusFile(doc), path.join(dir, 'input_files', path.basename(doc)));
  return dir;
}

async function withServer<T>(work: (baseURL: string, stats: () => Promise<BatchServerStats>) => Promise<T>): Promise<T> {
  const child = fork(new URL('./_batch-server.ts', import.meta.url).pathname, [String(PROVIDER_MS)], { execArgv: ['--import', 'tsx'] });
  try {
    const [server] = (await once(child, 'message')) as [{ baseURL: string }];
    return await work(server.baseURL, async () => {
      child.send('stats');
      return ((await once(child, 'message')) as [BatchServerStats])[0];
    });
  } finally {
    child.send('close');
    await once(child, 'exit');
  }
}

/** The SDK calls of one batch of `requests` lines, nothing else. */
async function baseline(baseURL: string, requests: number): Promise<number> {
  const client = new OpenAI({ apiKey: 'sk-bench-0123456789abcdef', baseURL });
  const line = (i: number) =>
    JSON.stringify({ custom_id: `r${i}`, method: 'POST', url: '/v1/chat/completions', body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Write ${SAMPLES_PER_CALL} conversations\nSource: homebrew_FAQ.md` }] } });
  const started = performance.now();
  const file = await client.files.create({ file: await toFile(Buffer.from(Array.from({ length: requests }, (_, i) => line(i)).join('\n')), 'b.jsonl'), purpose: 'batch' });
  let batch = await client.batches.create({ input_file_id: file.id, endpoint: '/v1/chat/completions', completion_window: '24h' });
  while (!['completed', 'failed', 'expired', 'cancelled'].includes(batch.status)) {
    await new Promise((r) => setTimeout(r, POLL_SECONDS * 1000));
    batch = await client.batches.retrieve(batch.id);
  }
  if (batch.output_file_id) await (await client.files.content(batch.output_file_id)).text();
  return performance.now() - started;
}

async function ftdbRun(baseURL: string) {
  const dir = writeWorkspace();
  try {
    const config = configSchema.parse({
      provider: 'openai',
      model: 'gpt-4o-mini',
      mode: 'create',
      dataset_size: SIZE,
      agent: { create: { samples_per_chunk: SAMPLES_PER_CALL } },
      ingest: { chunk_tokens: 120, chunk_overlap: 0 },
      system: { agentic_llm: 'openai', agentic_model: 'gpt-4o-mini', max_cost: 100, batch: true, batch_poll_seconds: POLL_SECONDS },
    });
    const env = { OPENAI_API_KEY: 'sk-bench-0123456789abcdef', OPENAI_BASE_URL: baseURL };
    const started = performance.now();
    // BENCH_STAGES=1 prints when each stage began (where the overhead goes).
    const stages: string[] = [];
    const onProgress = (event: PipelineEvent) => {
      if (event.type === 'stage') stages.push(`${((performance.now() - started) / 1000).toFixed(2)} s  ${event.message.slice(0, 90)}`);
    };
    const result = await buildDataset({ config, paths: workspacePaths(dir), env, confirmed: true }, { onProgress });
    if (process.env.BENCH_STAGES) console.log(stages.join('\n'));
    return { wallMs: performance.now() - started, result };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const measured = await withServer(async (baseURL, stats) => {
  const run = await ftdbRun(baseURL);
  const served = await stats();
  const bare = await baseline(baseURL, served.requests / served.submissions);
  return { ...run, served, bareMs: bare * served.submissions };
});

const { wallMs, bareMs, result, served } = measured;
const stored = result.samples + result.excluded;
const expectedCost = served.requests * BATCH_COST_PER_LINE;
const ratio = wallMs / bareMs;
const overheadPer1000 = ((wallMs - bareMs) / stored) * 1000;
const costOk = Math.abs(result.costUsd - expectedCost) < 1e-9;
console.log(`create through the OpenAI Batch API, ${SIZE} samples, samples_per_chunk ${SAMPLES_PER_CALL}, simulated provider time ${PROVIDER_MS / 1000} s per batch`);
console.log(`batches ${served.submissions}, requests ${served.requests}, samples stored ${stored}`);
console.log(`ftdb wall ${(wallMs / 1000).toFixed(2)} s vs bare SDK batch calls ${(bareMs / 1000).toFixed(2)} s: ${ratio.toFixed(3)}x (target <= ${RATIO_TARGET}x)`);
console.log(`ftdb's own overhead: ${((wallMs - bareMs) / 1000).toFixed(2)} s, ${(overheadPer1000 / 1000).toFixed(2)} s per 1,000 samples`);
console.log(`cost record $${result.costUsd.toFixed(6)} vs batch price table $${expectedCost.toFixed(6)}: ${costOk ? 'equal' : 'DIFFERENT'}`);
process.exitCode = ratio <= RATIO_TARGET && costOk && stored >= SIZE ? 0 : 1;
