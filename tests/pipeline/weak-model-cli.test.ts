// What a run against a weak model reports, end to end through the CLI: drops and their cause,
// judge failures, retries, the generation record in --json, the stats file and `ftdb stats`, and a
// local server's own model used when none was chosen.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliAsync as runAsync } from '../reliability/run-cli-async.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { TEST_KEYS } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { weakModel } from '../servers/weak-model.js';

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const openAiEnv = (s: ScriptedServer) => ({ OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: s.baseURL });

describe('a weak model through the CLI', () => {
  it('says that most samples were dropped as ungrounded, and why, instead of exporting nonsense', async () => {
    server = await startScriptedServer('openai', weakModel(['off-topic']));
    const result = await runAsync(['build', '--mode', 'create', '--size', '10', '--yes', '--split', 'none'], sampleWorkspace(), openAiEnv(server));
    expect(result.stderr).toMatch(/Most generated samples were dropped \((\d+) of \1\): \1 because their answers share few words with the source chunk/);
    expect(result.stderr).toContain('The documents gave 0 new samples of 10 requested: the rest were duplicates or dropped');
    expect(result.stderr).not.toContain('Bealk');
  });

  it('records the run: requests, retries, tokens, endpoint, judge failures, in --json, the stats file and ftdb stats', async () => {
    let first = true;
    const weak = weakModel(['grounded'], { judge: 'failing' });
    server = await startScriptedServer('openai', (request) => {
      if (first) {
        first = false;
        return { status: 429, retryAfter: '0', message: 'slow down' };
      }
      return weak(request);
    });
    const cwd = sampleWorkspace();
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'agent:\n  quality:\n    judge: true\nsystem:\n  max_retries: 1\n');
    const result = await runAsync(['build', '--mode', 'create', '--size', '10', '--yes', '--json', '--split', 'none'], cwd, openAiEnv(server));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Rate-limited by openai: waiting 0 ms before retry 1.');
    expect(result.stderr).toContain('The judge failed; that batch is kept without scores');
    expect(result.stderr).toMatch(/The judge failed on \d+ call\(s\): those samples were kept without a score/);

    const summary = JSON.parse(result.stdout);
    const record = summary.generation;
    expect(record.agent).toEqual({ provider: 'openai', model: 'gpt-4o-mini', endpoint: server.baseURL });
    expect(record.requests.made).toBe(server.requests.length);
    expect(record.requests.retried).toBeGreaterThanOrEqual(1);
    expect(record.requests.rate_limited).toBe(1);
    expect(record.tokens.input).toBeGreaterThan(0);
    expect(record).toMatchObject({ accepted: 10, target: 10, stopped_by: 'target' });
    expect(record.judge.failed_calls).toBeGreaterThan(0);
    expect(JSON.stringify(record)).not.toContain(TEST_KEYS.openai);

    const statsFile = fs.readdirSync(path.dirname(summary.files.dataset)).find((f) => f.endsWith('_stats.json'));
    expect(JSON.parse(fs.readFileSync(path.join(path.dirname(summary.files.dataset), statsFile ?? ''), 'utf8')).generation).toEqual(record);
    const stats = runCli(['stats', summary.dataset_id], cwd);
    expect(stats.stdout).toContain(`Generation (latest run): openai/gpt-4o-mini at ${server.baseURL}, stopped by target`);
    expect(stats.stdout).toMatch(/judge openai\/gpt-4o-mini: scored 0, failed calls \d+/);
    expect(JSON.parse(runCli(['stats', summary.dataset_id, '--json'], cwd).stdout).generation).toEqual(record);
  });

  it('uses the model a local server serves when none was chosen, with smaller batches', async () => {
    server = await startScriptedServer('openai', weakModel(['grounded']), { models: ['tinystories:260k', 'qwen2.5:0.5b'] });
    const result = await runAsync(
      ['build', '--mode', 'create', '--size', '10', '--yes', '--split', 'none', '--agent-provider', 'ollama'],
      sampleWorkspace(),
      { OLLAMA_BASE_URL: server.baseURL },
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Using tinystories:260k, the first model the local server serves (it has: tinystories:260k, qwen2.5:0.5b)');
    expect(server.requests.every((r) => r.model === 'tinystories:260k')).toBe(true);
    expect(server.requests.map((r) => /Write (\d+) conversation/.exec(r.user)?.[1])).toContain('2');
    expect(server.requests.every((r) => Number(/Write (\d+) conversation/.exec(r.user)?.[1]) <= 2)).toBe(true);
  });

  it('names the models a local server has when the chosen one is not among them', async () => {
    server = await startScriptedServer('openai', weakModel(['grounded']), { models: ['qwen2.5:0.5b'] });
    const result = await runAsync(
      ['build', '--mode', 'create', '--size', '6', '--yes', '--agent-provider', 'ollama', '--agent-model', 'llama3.2'],
      sampleWorkspace(),
      { OLLAMA_BASE_URL: server.baseURL },
    );
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('has no model "llama3.2"');
    expect(result.stderr).toContain('It serves: qwen2.5:0.5b');
    expect(server.requests).toHaveLength(0);
  });
});
