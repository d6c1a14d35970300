// The acceptance test of batch runs: a real child process killed with SIGKILL between submit and
// collect, then `ftdb resume` on the same database polls, downloads and ingests the batch, losing,
// duplicating and submitting nothing twice (the local server counts every submission and request
// id). Also the crash window between the provider creating the batch and our commit of its id, and
// `ftdb status` / `ftdb cancel`. For the OpenAI, Anthropic and Gemini batch protocols.
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchServer } from '../servers/batch-engine.js';
import { until } from '../helpers/spawn-cli.js';
import { batchWorkspace, PROVIDERS, readStore, samplesOf, SIZE, startCli, type BatchProvider } from './batch-helpers.js';

let server: BatchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Starts a batch build whose batch the server holds in progress, and kills it with SIGKILL once the
 * batch was polled twice (so the first poll's "in_progress" is committed).
 */
async function killedMidBatch(provider: BatchProvider): Promise<{ cwd: string; datasetId: string; held: BatchServer }> {
  const held = await provider.start({ hold: true });
  server = held;
  const cwd = batchWorkspace(provider.agent);
  const run = startCli(['build', '--yes'], cwd, held);
  await until(() => held.engine.polls >= 2);
  run.child.kill('SIGKILL');
  expect((await run.exited).signal).toBe('SIGKILL');
  const datasetId = readStore(cwd, (db) => (db.prepare('SELECT id FROM datasets').get() as { id: string }).id);
  return { cwd, datasetId, held };
}

describe.each(PROVIDERS)('a batch run killed with SIGKILL between submit and collect ($name)', (provider) => {
  it('resumes by polling the batch it submitted: every sample kept once, nothing submitted twice', async () => {
    const { cwd, datasetId, held } = await killedMidBatch(provider);
    const rows = readStore(cwd, (db) => db.prepare('SELECT batch_id, state, collected, total FROM batches').all());
    expect(rows).toEqual([{ batch_id: provider.firstBatchId, state: 'in_progress', collected: 0, total: 8 }]);
    expect(samplesOf(cwd)).toHaveLength(0);

    const status = await startCli(['status', datasetId, '--json'], cwd, held).exited;
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({
      dataset_id: datasetId,
      status: 'interrupted',
      batches: [{ batch_id: provider.firstBatchId, state: 'in_progress', collected: false, requests: { total: 8 } }],
    });

    held.engine.release();
    const resumed = await startCli(['resume', datasetId, '--json'], cwd, held).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(held.engine.submissions).toBe(1);
    expect(held.engine.submittedIds).toHaveLength(8);
    expect(new Set(held.engine.submittedIds).size).toBe(8);
    const samples = samplesOf(cwd);
    expect(samples).toHaveLength(SIZE);
    expect(new Set(samples.map((s) => s.content)).size).toBe(SIZE);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ dataset_id: datasetId, status: 'complete', samples: SIZE });
    expect(readStore(cwd, (db) => db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE status = 'done'").get())).toEqual({ n: 8 });
  }, 90_000);

  it('finds the batch again when the kill came after the provider created it but before its id was committed', async () => {
    const { cwd, datasetId, held } = await killedMidBatch(provider);
    // The state the store is in when the process dies inside the submit, after the create call.
    readStore(cwd, (db) => db.prepare("UPDATE batches SET batch_id = NULL, state = 'submitting'").run());
    held.engine.release();
    const resumed = await startCli(['resume', datasetId, '--json'], cwd, held).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(held.engine.submissions).toBe(1);
    expect(samplesOf(cwd)).toHaveLength(SIZE);
    expect(readStore(cwd, (db) => db.prepare('SELECT batch_id, collected FROM batches').all())).toEqual([{ batch_id: provider.firstBatchId, collected: 1 }]);
  }, 90_000);

  it('ftdb cancel cancels the provider batch; the next resume collects it and stops as cancelled, a later one plans the rest', async () => {
    const { cwd, datasetId, held } = await killedMidBatch(provider);
    const cancel = await startCli(['cancel', datasetId, '--json'], cwd, held).exited;
    expect(cancel.code, cancel.stderr).toBe(0);
    expect(JSON.parse(cancel.stdout)).toEqual({ dataset_id: datasetId, cancelled: [provider.firstBatchId] });
    expect([...held.engine.batches.values()][0]?.state).toBe('cancelling');

    const first = await startCli(['resume', datasetId, '--json'], cwd, held).exited;
    expect(first.code).toBe(130);
    expect(JSON.parse(first.stdout)).toMatchObject({ dataset_id: datasetId, status: 'cancelled' });
    expect(held.engine.submissions).toBe(1);
    const status = JSON.parse((await startCli(['status', datasetId, '--json'], cwd, held).exited).stdout);
    expect(status.batches[0]).toMatchObject({ batch_id: provider.firstBatchId, state: 'cancelled', collected: true, failed_by_cause: { cancelled: 8 } });

    held.engine.release();
    const second = await startCli(['resume', datasetId, '--json'], cwd, held).exited;
    expect(second.code, second.stderr).toBe(0);
    expect(held.engine.submissions).toBe(2);
    expect(samplesOf(cwd)).toHaveLength(SIZE);
  }, 90_000);
});
