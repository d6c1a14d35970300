// `ftdb build --batch` against a local server speaking OpenAI's Batch API through the real SDK: one
// batch when every line answers, a top-up batch when lines fail or the batch expires, the
// provider's reason when it rejects the batch, and the batch price in the cost record.
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAiBatchServer, type BatchServerOptions, type OpenAiBatchServer } from '../servers/openai-batch-server.js';
import { batchWorkspace, samplesOf, SIZE, startCli } from './batch-helpers.js';

/** gpt-4o-mini lists at $0.15 / $0.60 per million tokens; each answered line bills 1,000 in + 500 out at half that. */
const BATCH_COST_PER_LINE = ((1000 * 0.15 + 500 * 0.6) / 1_000_000) * 0.5;

let server: OpenAiBatchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function build(options: BatchServerOptions) {
  server = await startOpenAiBatchServer(options);
  const cwd = batchWorkspace();
  const result = await startCli(['build', '--yes', '--json'], cwd, server).exited;
  return { cwd, result, server };
}

describe('ftdb build with system.batch: true (OpenAI Batch API)', () => {
  it('submits one batch of 8 requests (6 needed at 2 per call, plus the 20% margin) and bills the batch price', async () => {
    const { cwd, result, server } = await build({});
    expect(result.code, result.stderr).toBe(0);
    expect(server.submissions).toBe(1);
    expect(server.submittedIds).toHaveLength(8);
    expect(new Set(server.submittedIds).size).toBe(8);
    expect(server.liveRequests).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.samples).toBe(SIZE);
    expect(json.cost_usd).toBeCloseTo(8 * BATCH_COST_PER_LINE, 10);
    expect(json.generation.batch).toEqual({ batches: 1, failed_by_cause: {} });
    expect(samplesOf(cwd)).toHaveLength(SIZE);
    expect(result.stderr).toMatch(/through the batch API/);
  }, 60_000);

  it('counts failed lines by cause and tops up with a second batch for the shortfall', async () => {
    // Lines 0, 3 and 6 of the first batch fail with HTTP 500: 5 answered x 2 = 10 samples, 2 short,
    // so the top-up is 1 call at the observed yield, 2 with the margin.
    const { cwd, result, server } = await build({ failLine: (line, batch) => (batch === 0 && line % 3 === 0 ? { status: 500, message: 'The server had an error' } : undefined) });
    expect(result.code, result.stderr).toBe(0);
    expect(server.submissions).toBe(2);
    expect(server.submittedIds).toHaveLength(10);
    expect(new Set(server.submittedIds).size).toBe(10);
    const json = JSON.parse(result.stdout);
    expect(json.samples).toBe(SIZE);
    expect(json.generation.batch).toEqual({ batches: 2, failed_by_cause: { server: 3 } });
    expect(json.cost_usd).toBeCloseTo(7 * BATCH_COST_PER_LINE, 10);
    expect(new Set(samplesOf(cwd).map((s) => s.content)).size).toBe(SIZE);
  }, 60_000);

  it('keeps the partial results of an expired batch and plans the rest again', async () => {
    // 4 of 8 lines answered before expiry: 8 samples, 4 short -> 2 calls, 3 with the margin.
    const { result, server } = await build({ expireAfter: (batch) => (batch === 0 ? 4 : undefined) });
    expect(result.code, result.stderr).toBe(0);
    expect(server.submissions).toBe(2);
    expect(server.submittedIds).toHaveLength(11);
    expect(new Set(server.submittedIds).size).toBe(11);
    const json = JSON.parse(result.stdout);
    expect(json.samples).toBe(SIZE);
    expect(json.generation.batch.failed_by_cause).toEqual({ expired: 4 });
    expect(json.cost_usd).toBeCloseTo(7 * BATCH_COST_PER_LINE, 10);
  }, 60_000);

  it("stops with the provider's reason when it rejects the batch", async () => {
    const { cwd, result, server } = await build({ reject: () => 'Invalid JSON on line 1: the model field is missing' });
    expect(result.code).toBe(1);
    expect(server.submissions).toBe(1);
    expect(result.stderr + result.stdout).toMatch(/rejected batch batch_0: Invalid JSON on line 1: the model field is missing/);
    expect(samplesOf(cwd)).toHaveLength(0);
  }, 60_000);
});
