// The acceptance test of batch runs: a real child process killed with SIGKILL between submit and
// collect, then `ftdb resume` on the same database polls, downloads and ingests the batch, losing,
// duplicating and submitting nothing twice (the local server counts every submission and request
// id). Also the crash window between the provider creating the batch and our commit of its id, and
// `ftdb status` / `ftdb cancel`.
import { afterEach, describe, expect, it } from 'vitest';
import { startOpenAiBatchServer, type OpenAiBatchServer } from '../servers/openai-batch-server.js';
import { batchWorkspace, readStore, samplesOf, SIZE, startCli, until } from './batch-helpers.js';

let server: OpenAiBatchServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Starts a batch build whose batch the server holds in progress, and kills it with SIGKILL once the
 * batch was polled twice (so the first poll's "in_progress" is committed).
 */
async function killedMidBatch(): Promise<{ cwd: string; datasetId: string; server: OpenAiBatchServer }> {
  server = await startOpenAiBatchServer({ hold: true });
  const held = server;
  const cwd = batchWorkspace();
  const run = startCli(['build', '--yes'], cwd, held);
  await until(() => held.polls >= 2);
  run.child.kill('SIGKILL');
  expect((await run.exited).signal).toBe('SIGKILL');
  const datasetId = readStore(cwd, (db) => (db.prepare('SELECT id FROM datasets').get() as { id: string }).id);
  return { cwd, datasetId, server: held };
}

describe('a batch run killed with SIGKILL between submit and collect', () => {
  it('resumes by polling the batch it submitted: every sample kept once, nothing submitted twice', async () => {
    const { cwd, datasetId, server } = await killedMidBatch();
    const row = readStore(cwd, (db) => db.prepare('SELECT batch_id, state, collected, total FROM batches').all());
    expect(row).toEqual([{ batch_id: 'batch_0', state: 'in_progress', collected: 0, total: 8 }]);
    expect(samplesOf(cwd)).toHaveLength(0);

    const status = await startCli(['status', datasetId, '--json'], cwd, server).exited;
    expect(status.code, status.stderr).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ dataset_id: datasetId, status: 'interrupted', batches: [{ batch_id: 'batch_0', state: 'in_progress', collected: false }] });

    server.release();
    const resumed = await startCli(['resume', datasetId, '--json'], cwd, server).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(server.submissions).toBe(1);
    expect(server.submittedIds).toHaveLength(8);
    expect(new Set(server.submittedIds).size).toBe(8);
    const samples = samplesOf(cwd);
    expect(samples).toHaveLength(SIZE);
    expect(new Set(samples.map((s) => s.content)).size).toBe(SIZE);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ dataset_id: datasetId, status: 'complete', samples: SIZE });
    const jobs = readStore(cwd, (db) => db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE status = 'done'").get());
    expect(jobs).toEqual({ n: 8 });
  }, 90_000);

  it('finds the batch by its local id when the kill came after the provider created it but before the id was committed', async () => {
    const { cwd, datasetId, server } = await killedMidBatch();
    // The state the store is in when the process dies inside api.submit(), after the create call.
    readStore(cwd, (db) => db.prepare("UPDATE batches SET batch_id = NULL, state = 'submitting'").run());
    server.release();
    const resumed = await startCli(['resume', datasetId, '--json'], cwd, server).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(server.submissions).toBe(1);
    expect(samplesOf(cwd)).toHaveLength(SIZE);
    expect(readStore(cwd, (db) => db.prepare('SELECT batch_id, collected FROM batches').all())).toEqual([{ batch_id: 'batch_0', collected: 1 }]);
  }, 90_000);

  it('ftdb cancel cancels the provider batch; the next resume collects it, says so, and a later one plans the rest', async () => {
    const { cwd, datasetId, server } = await killedMidBatch();
    const cancel = await startCli(['cancel', datasetId, '--json'], cwd, server).exited;
    expect(cancel.code, cancel.stderr).toBe(0);
    expect(JSON.parse(cancel.stdout)).toEqual({ dataset_id: datasetId, cancelled: ['batch_0'] });
    expect(server.batches()[0].status).toBe('cancelling');

    const first = await startCli(['resume', datasetId, '--json'], cwd, server).exited;
    expect(first.code).toBe(130);
    expect(JSON.parse(first.stdout)).toMatchObject({ dataset_id: datasetId, status: 'cancelled' });
    expect(server.submissions).toBe(1);
    const status = JSON.parse((await startCli(['status', datasetId, '--json'], cwd, server).exited).stdout);
    expect(status.batches[0]).toMatchObject({ batch_id: 'batch_0', state: 'cancelled', collected: true, failed_by_cause: { cancelled: 8 } });

    server.release();
    const second = await startCli(['resume', datasetId, '--json'], cwd, server).exited;
    expect(second.code, second.stderr).toBe(0);
    expect(server.submissions).toBe(2);
    expect(samplesOf(cwd)).toHaveLength(SIZE);
  }, 90_000);
});
