// A create run killed midway (SIGKILL, like a crash) and resumed: nothing lost, duplicated or paid twice.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../helpers/build-cli.js';
import { spawnCli, until } from '../helpers/spawn-cli.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { TEST_KEYS } from '../servers/env.js';
import { writer } from '../servers/writer.js';
import { sampleWorkspace } from '../cli/cli-helpers.js';

const SIZE = 24;
const CONFIG = `provider: openai
model: gpt-4o-mini
mode: create
dataset_size: ${SIZE}
agent:
  create:
    samples_per_chunk: 2
ingest:
  chunk_tokens: 120
  chunk_overlap: 0
system:
  agentic_llm: openai
  agentic_model: gpt-4o-mini
  concurrency: 2
  max_retries: 1
`;

function startCli(args: string[], cwd: string, server: ScriptedServer) {
  return spawnCli(args, cwd, { OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: server.baseURL });
}

describe('create mode: kill -9 midway, then ftdb resume', () => {
  let server: ScriptedServer;
  let cwd: string;
  let db: () => Database.Database;

  beforeAll(async () => {
    server = await startScriptedServer('openai', writer({ delayMs: 300 }));
    cwd = sampleWorkspace();
    fs.writeFileSync(path.join(cwd, 'config.yaml'), CONFIG);
    db = () => new Database(path.join(cwd, 'memory', 'dataset_builder.db'), { readonly: true });
    buildCli();
  });

  afterAll(async () => {
    await server.close();
  });

  it('ends with exactly the requested samples, no duplicates, and no finished chunk requested again', async () => {
    const first = startCli(['build', '--yes'], cwd, server);
    await until(() => server.requests.length >= 5);
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');

    const before = db();
    const dataset = before.prepare('SELECT id, status FROM datasets').get() as { id: string; status: string };
    expect(dataset.status).toBe('running');
    const doneBefore = (before.prepare("SELECT COUNT(*) AS n FROM jobs WHERE status = 'done'").get() as { n: number }).n;
    const samplesBefore = (before.prepare('SELECT COUNT(*) AS n FROM samples').get() as { n: number }).n;
    before.close();
    expect(doneBefore).toBeGreaterThan(0);
    expect(samplesBefore).toBeGreaterThan(0);
    expect(samplesBefore).toBeLessThan(SIZE);
    const requestsBefore = server.requests.length;

    const resumed = await startCli(['resume', dataset.id, '--json'], cwd, server).exited;
    expect(resumed.code, resumed.stderr).toBe(0);
    const requestsDuringResume = server.requests.length - requestsBefore;

    const after = db();
    const samples = after.prepare('SELECT id, content FROM samples WHERE dataset_id = ?').all(dataset.id) as { id: string; content: string }[];
    const doneAfter = (after.prepare("SELECT COUNT(*) AS n FROM jobs WHERE status = 'done'").get() as { n: number }).n;
    const status = (after.prepare('SELECT status FROM datasets WHERE id = ?').get(dataset.id) as { status: string }).status;
    after.close();

    expect(samples).toHaveLength(SIZE);
    expect(new Set(samples.map((s) => s.id)).size).toBe(SIZE);
    expect(new Set(samples.map((s) => s.content)).size).toBe(SIZE);
    // Every request of the resumed run finished a job that was not done before: none was repeated.
    expect(doneAfter).toBe(doneBefore + requestsDuringResume);
    expect(status).toBe('complete');
    expect(JSON.parse(resumed.stdout)).toMatchObject({ dataset_id: dataset.id, samples: SIZE });
  }, 120_000);
});
