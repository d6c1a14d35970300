// `ftdb build` with system.batch: true against local servers speaking the OpenAI Batch, Anthropic
// Message Batches and Gemini batch wire protocols through the real SDKs: one batch when every line answers, a top-up
// batch when lines fail or the batch expires, the provider's reason when it rejects the batch,
// max_cost counted at each wave's worst case, the batch price in the cost record, a malformed answer
// repaired live, and a wave in which everything failed ending the run.
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchServer, BatchServerOptions } from '../servers/batch-engine.js';
import type { RecordedRequest } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { batchWorkspace, PROVIDERS, readStore, samplesOf, SIZE, startCli, type BatchProvider } from './batch-helpers.js';

let server: BatchServer | undefined;
const started = (): BatchServer => {
  if (!server) throw new Error('no server started');
  return server;
};
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function build(provider: BatchProvider, options: BatchServerOptions, flags: string[] = []) {
  const started = await provider.start(options);
  server = started;
  const cwd = batchWorkspace(provider.agent);
  const result = await startCli(['build', '--yes', '--json', ...flags], cwd, started).exited;
  return { cwd, result, engine: started.engine };
}

describe.each(PROVIDERS)('ftdb build with system.batch: true ($name)', (provider) => {
  it('submits one batch of 8 requests (6 needed at 2 per call, plus the 20% margin) and bills the batch price', async () => {
    const { cwd, result, engine } = await build(provider, {});
    expect(result.code, result.stderr).toBe(0);
    expect(engine.submissions).toBe(1);
    expect(engine.submittedIds).toHaveLength(8);
    expect(new Set(engine.submittedIds).size).toBe(8);
    expect(engine.liveRequests).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.samples).toBe(SIZE);
    expect(json.cost_usd).toBeCloseTo(8 * provider.costPerLine, 10);
    expect(json.generation.batch).toEqual({ batches: 1, failed_by_cause: {} });
    expect(samplesOf(cwd)).toHaveLength(SIZE);
    expect(result.stderr).toMatch(/through the batch API/);
  }, 60_000);

  it('counts failed lines by cause and tops up with a second batch for the shortfall', async () => {
    // Lines 0, 3 and 6 of the first batch fail with HTTP 500: 5 answered x 2 = 10 samples, 2 short,
    // so the top-up is 1 call at the observed yield, 2 with the margin.
    const failLine = (line: number, batch: number) => (batch === 0 && line % 3 === 0 ? { status: 500, message: 'The server had an error' } : undefined);
    const { cwd, result, engine } = await build(provider, { failLine });
    expect(result.code, result.stderr).toBe(0);
    expect(engine.submissions).toBe(2);
    expect(engine.submittedIds).toHaveLength(10);
    expect(new Set(engine.submittedIds).size).toBe(10);
    const json = JSON.parse(result.stdout);
    expect(json.samples).toBe(SIZE);
    expect(json.generation.batch).toEqual({ batches: 2, failed_by_cause: { server: 3 } });
    expect(json.cost_usd).toBeCloseTo(7 * provider.costPerLine, 10);
    expect(new Set(samplesOf(cwd).map((s) => s.content)).size).toBe(SIZE);
    const stats = await startCli(['stats', json.dataset_id], cwd, started()).exited;
    expect(stats.stdout).toContain('through the batch API (batch price): 2 batch(es); requests not used: server 3');
  }, 60_000);

  it('keeps the partial results of an expired batch and plans the rest again', async () => {
    // 4 of 8 lines answered before expiry: 8 samples, 4 short -> 2 calls, 3 with the margin.
    const { result, engine } = await build(provider, { expireAfter: (batch) => (batch === 0 ? 4 : undefined) });
    expect(result.code, result.stderr).toBe(0);
    expect(engine.submissions).toBe(2);
    expect(engine.submittedIds).toHaveLength(11);
    expect(new Set(engine.submittedIds).size).toBe(11);
    const json = JSON.parse(result.stdout);
    expect(json.samples).toBe(SIZE);
    expect(json.generation.batch.failed_by_cause).toEqual({ expired: 4 });
    expect(json.cost_usd).toBeCloseTo(7 * provider.costPerLine, 10);
  }, 60_000);

  it('repairs a malformed batch answer with one live request, as a live run does', async () => {
    const write = writer();
    const answer = (request: RecordedRequest) => (request.index === 0 ? { text: 'Sure! Here are your conversations.' } : write(request));
    const { cwd, result, engine } = await build(provider, { answer });
    expect(result.code, result.stderr).toBe(0);
    expect(engine.submissions).toBe(1);
    expect(engine.liveRequests).toBe(1);
    expect(samplesOf(cwd)).toHaveLength(SIZE);
  }, 60_000);

  it('stops after a wave in which every request failed instead of paying for another', async () => {
    const { cwd, result, engine } = await build(provider, { failLine: () => ({ status: 500, message: 'The server had an error' }) });
    expect(result.code).toBe(1);
    expect(engine.submissions).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/kept failing.*The server had an error/);
    expect(samplesOf(cwd)).toHaveLength(0);
  }, 60_000);

  it("stops with the provider's reason when it rejects the batch", async () => {
    const { cwd, result, engine } = await build(provider, { reject: () => 'Invalid JSON on line 1: the model field is missing' });
    expect(result.code).toBe(1);
    expect(engine.submissions).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/Invalid JSON on line 1: the model field is missing/);
    expect(samplesOf(cwd)).toHaveLength(0);
  }, 60_000);

  it('submits a wave only while its worst case fits within max_cost, then stops as partial (budget)', async () => {
    const cap = 4.4 * provider.costPerLine;
    const { cwd, result, engine } = await build(provider, {}, ['--max-cost', String(cap)]);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ status: 'partial', stop_reason: 'budget' });
    expect(json.samples).toBeGreaterThan(0);
    expect(json.samples).toBeLessThan(SIZE);
    const batches = readStore(cwd, (db) => db.prepare('SELECT total, worst_case_usd FROM batches ORDER BY created_at, rowid').all() as { total: number; worst_case_usd: number }[]);
    expect(batches.length).toBe(engine.submissions);
    let spent = 0;
    for (const batch of batches) {
      // What was already billed plus this batch's worst case stayed within the cap when it was submitted.
      expect(spent + batch.worst_case_usd).toBeLessThanOrEqual(cap);
      spent += batch.total * provider.costPerLine;
    }
    expect(json.cost_usd).toBeCloseTo(spent, 10);
  }, 60_000);
});
