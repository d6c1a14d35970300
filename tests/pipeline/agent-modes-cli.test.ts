// create, hybrid and free through the real CLI, against a local OpenAI-protocol server.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../helpers/build-cli.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { TEST_KEYS } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';

function runAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [buildCli(), ...args], { cwd, env: { ...process.env, FTDB_PREFS_DIR: path.join(cwd, '.prefs'), ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('paid modes, headless', () => {
  let server: ScriptedServer;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    server = await startScriptedServer('openai', writer());
    env = { OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: server.baseURL };
  });
  afterAll(() => server.close());

  it('without a key: names the variable and says identify works without one', () => {
    const result = runCli(['build', '--mode', 'create', '--yes'], sampleWorkspace(), { OPENAI_API_KEY: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('OPENAI_API_KEY');
    expect(result.stderr).toMatch(/identify/);
  });

  it('without --yes: shows the estimate and asks for confirmation, spending nothing', async () => {
    const before = server.requests.length;
    const result = await runAsync(['build', '--mode', 'create', '--size', '10'], sampleWorkspace(), env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/call\(s\) to openai\/gpt-4o-mini, about \$\d/);
    expect(result.stderr).toContain('--yes');
    expect(result.stderr).toMatch(/ftdb resume ds-[0-9a-f]{8}/);
    expect(server.requests.length).toBe(before);
  });

  it('hybrid keeps identified conversations and generates the rest at the ratio, with cost', async () => {
    const result = await runAsync(['build', '--mode', 'hybrid', '--size', '20', '--yes', '--json'], sampleWorkspace(), env);
    expect(result.code, result.stderr).toBe(0);
    // the log names the server that is billed, once
    const endpointLines = result.stderr.split('\n').filter((line) => line.includes(`at ${server.baseURL}`));
    expect(endpointLines, result.stderr).toEqual([`  agent openai/gpt-4o-mini at ${server.baseURL}`]);
    const summary = JSON.parse(result.stdout);
    expect(summary.samples).toBe(20);
    expect(summary.cost_usd).toBeGreaterThan(0);
    const csv = fs.readFileSync(summary.files.csv, 'utf8');
    expect(csv.match(/,identified,/g)).toHaveLength(10);
    expect(csv.match(/,generated,/g)).toHaveLength(10);
  });

  it('free mode follows typed instructions and keeps each sample’s source chunk', async () => {
    const before = server.requests.length;
    const result = await runAsync(
      ['build', '--mode', 'free', '--size', '10', '--instructions', 'Write angry customer questions.', '--yes', '--json', '--split', 'none'],
      sampleWorkspace(),
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(server.requests.slice(before).every((r) => r.system.includes('Write angry customer questions.') || r.user.includes('Write angry customer questions.'))).toBe(true);
    const summary = JSON.parse(result.stdout);
    expect(summary.samples).toBe(10);
    expect(fs.readFileSync(summary.files.dataset, 'utf8').trim().split('\n')).toHaveLength(10);
    const rows = fs.readFileSync(summary.files.csv, 'utf8').trim().split('\r\n').slice(1);
    const inputs = fs.readdirSync(path.join(path.dirname(summary.files.csv), '..', '..', 'input_files'));
    for (const row of rows) expect(inputs.some((file) => row.includes(`,${file},`))).toBe(true);
  });

  it('an agent model without a known price: the estimate says so, and system.price makes the cap work', async () => {
    const unknown = await runAsync(['build', '--mode', 'create', '--size', '10', '--agent-model', 'acme-chat-7'], sampleWorkspace(), env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown cost (no price on file for this model)');
    expect(unknown.stderr).toContain('Set system.price in config.yaml');

    const cwd = sampleWorkspace();
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'system:\n  price:\n    input_per_mtok: 1\n    output_per_mtok: 2\n');
    const priced = await runAsync(['build', '--mode', 'create', '--size', '10', '--agent-model', 'acme-chat-7', '--split', 'none', '--yes', '--json'], cwd, env);
    expect(priced.code, priced.stderr).toBe(0);
    expect(priced.stderr).toMatch(/acme-chat-7, about \$\d/);
    // The scripted server reports 1000 input and 500 output tokens per call: $0.002 a call at these prices.
    const calls = server.requests.filter((r) => r.model === 'acme-chat-7').length;
    expect(JSON.parse(priced.stdout).cost_usd).toBeCloseTo(calls * 0.002, 6);
  });

  it('resume reads the input folder the run was started with', async () => {
    const cwd = sampleWorkspace();
    fs.renameSync(path.join(cwd, 'input_files'), path.join(cwd, 'docs'));
    const paused = await runAsync(['build', '--mode', 'create', '--size', '12', '--input', 'docs'], cwd, env);
    expect(paused.code).toBe(2);
    const id = /ftdb resume (ds-[0-9a-f]{8})/.exec(paused.stderr)?.[1];
    expect(id).toBeDefined();
    const resumed = await runAsync(['resume', id!, '--json'], cwd, env);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(JSON.parse(resumed.stdout)).toMatchObject({ dataset_id: id, samples: 12, files_read: 4 });
  });
});
