// A run that stops early says so everywhere (exit 1, status partial, reason, how to continue), and a
// run whose process was killed shows as interrupted instead of "running" forever.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { TEST_KEYS } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { runCliAsync } from './run-cli-async.js';

describe('a run stopped by max_cost', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer('openai', writer());
  });
  afterAll(() => server.close());

  it('exits 1 with status partial (budget) in --json, list and stats, naming ftdb resume', async () => {
    const cwd = sampleWorkspace();
    // $0.002 a call (the scripted server reports 1000 input + 500 output tokens): the cap allows ~2 calls of 10+.
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'system:\n  price:\n    input_per_mtok: 1\n    output_per_mtok: 2\n');
    const env = { OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: server.baseURL };
    const args = ['build', '--mode', 'create', '--size', '60', '--agent-model', 'acme-chat-7', '--max-cost', '0.005', '--concurrency', '1', '--split', 'none'];
    const build = await runCliAsync([...args, '--yes', '--json'], cwd, env);
    expect(build.code, build.stderr).toBe(1);
    const summary = JSON.parse(build.stdout);
    expect(summary).toMatchObject({ status: 'partial', stop_reason: 'budget', next_step: `ftdb resume ${summary.dataset_id}` });
    expect(summary.samples).toBeGreaterThan(0);
    expect(summary.samples).toBeLessThan(60);

    const list = JSON.parse(runCli(['list', '--json'], cwd).stdout);
    expect(list[0]).toMatchObject({ dataset_id: summary.dataset_id, status: 'partial', stop_reason: 'budget' });
    expect(runCli(['list'], cwd).stdout).toContain('partial (budget)');
    const stats = runCli(['stats', summary.dataset_id, '--json'], cwd);
    expect(JSON.parse(stats.stdout)).toMatchObject({ status: 'partial', stop_reason: 'budget' });
    const statsFile = JSON.parse(fs.readFileSync(summary.files.stats, 'utf8'));
    expect(statsFile).toMatchObject({ status: 'partial', stop_reason: 'budget' });

    const text = await runCliAsync([...args, '--yes'], cwd, env);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Partial: generation stopped early because the cost cap \(max_cost\) was reached\. Continue with `ftdb resume ds-/);
  }, 120_000);
});

describe('a run killed with kill -9', () => {
  it('is listed as interrupted and resumable, not running', async () => {
    const cwd = sampleWorkspace();
    const dbFile = path.join(cwd, 'memory', 'dataset_builder.db');
    // A real process starts a run through the store, then is killed before it can record the end.
    const script = `
      import { openDatabase } from './src/core/store/database.ts';
      import { createDataset } from './src/core/store/datasets.ts';
      import { startRun } from './src/core/store/runs.ts';
      const db = openDatabase(process.argv[1]);
      const ds = createDataset(db, { name: 'killed', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
      startRun(db, ds.id);
      console.log(ds.id);
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dbFile], { cwd: REPO_ROOT });
    const id = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())));
    const alive = JSON.parse(runCli(['list', '--json'], cwd).stdout);
    expect(alive[0]).toMatchObject({ dataset_id: id, status: 'running' });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const listed = JSON.parse(runCli(['list', '--json'], cwd).stdout);
    expect(listed[0]).toMatchObject({ dataset_id: id, status: 'interrupted', next_step: `ftdb resume ${id}` });
    expect(runCli(['list'], cwd).stdout).toMatch(new RegExp(`${id} +killed .* interrupted`));
  }, 60_000);
});
