// CLI conventions (issue 10): --help documents every flag with its default, an unknown dataset id is a
// usage error, flag-value errors name the flag, and a build that stops still prints one JSON object.
// Expected flag lists and outcomes were written by hand from the command docs before running.
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../helpers/build-cli.js';
import { TEST_KEYS } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { runCli, sampleWorkspace } from './cli-helpers.js';

const EXPECTED_FLAGS: Record<string, string[]> = {
  build: [
    'config', 'provider', 'model', 'mode', 'size', 'input', 'out', 'db', 'name', 'split', 'strategy', 'weight-by', 'seed',
    'agent-provider', 'agent-model', 'max-cost', 'concurrency', 'instructions', 'line-format', 'allow-retired', 'batch', 'yes', 'json', 'quiet',
  ],
  validate: ['provider', 'model', 'validation-file', 'allow-retired', 'json'],
  list: ['db', 'json'],
  stats: ['db', 'json'],
  export: ['out', 'format', 'license', 'with-metadata', 'db', 'config', 'json'],
  publish: ['repo', 'private', 'format', 'license', 'with-metadata', 'out', 'db', 'config', 'json'],
  split: ['split', 'ratio', 'strategy', 'weight-by', 'seed', 'out', 'db', 'config', 'json', 'quiet'],
  resume: ['input', 'out', 'db', 'allow-retired', 'batch', 'json', 'quiet'],
  status: ['db', 'json'],
  cancel: ['db', 'json'],
  models: ['provider', 'json'],
};
/** Required values have no default. */
const REQUIRED = new Set(['validate --provider', 'validate --model', 'publish --repo']);

/** flag → its help text (description and default), from the "Flags:" block of --help. */
function helpFlags(stdout: string): Map<string, string> {
  const block = stdout.split('Flags:\n')[1]?.split('\n\n')[0] ?? '';
  const flags = new Map<string, string>();
  let last = '';
  for (const line of block.split('\n')) {
    const match = /^ {2}(?:-\w, )?--([\w-]+)(?: \S+)?(?: {2,}(.*))?$/.exec(line);
    if (match) flags.set((last = match[1]), match[2] ?? '');
    else if (last && line.trim()) flags.set(last, `${flags.get(last)}${line.trim()}`);
  }
  return flags;
}

describe('--help of every command', () => {
  it.each(Object.keys(EXPECTED_FLAGS))('ftdb %s --help lists each flag with a description and default', (command) => {
    const result = runCli([command, '--help'], sampleWorkspace());
    expect(result.code).toBe(0);
    const flags = helpFlags(result.stdout);
    expect([...flags.keys()]).toEqual(EXPECTED_FLAGS[command]);
    for (const [flag, text] of flags) {
      expect(text.replace(/\(default: .*\)$/, '').trim().length, `--${flag}`).toBeGreaterThan(5);
      if (!REQUIRED.has(`${command} --${flag}`)) expect(text, `--${flag}`).toMatch(/\(default: .+\)$/);
    }
  });

  it('shows the shipped defaults', () => {
    const flags = helpFlags(runCli(['build', '--help'], sampleWorkspace()).stdout);
    expect(flags.get('split')).toContain('default: 90/10');
    expect(flags.get('seed')).toContain('default: 42');
    expect(flags.get('yes')).toContain('default: off');
  });
});

describe('errors and exit codes', () => {
  let cwd: string;
  beforeAll(() => {
    cwd = sampleWorkspace();
    expect(runCli(['build', '--mode', 'identify', '--yes', '--quiet'], cwd).code).toBe(0);
  });

  it.each(['stats', 'export', 'split', 'resume'])('ftdb %s with an unknown dataset id exits 2', (command) => {
    const result = runCli([command, 'no-such-dataset'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No dataset "no-such-dataset"');
  });

  it('a refused flag value names the flag, not config.yaml', () => {
    const result = runCli(['build', '--mode', 'magic', '--size', '0'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--mode: must be one of "identify", "create", "hybrid", "free"');
    expect(result.stderr).toMatch(/--size: .*>0/);
    expect(result.stderr).not.toContain('config.yaml');
  });

  it('a missing --config file names the flag', () => {
    const result = runCli(['build', '--config', 'no-such-folder/nowhere.yaml'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--config');
  });
});

function runAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv, onStderr?: (text: string, kill: () => void) => void) {
  const child = spawn(process.execPath, [buildCli(), ...args], { cwd, env: { ...process.env, FTDB_PREFS_DIR: path.join(cwd, '.prefs'), ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => {
    stderr += d;
    onStderr?.(stderr, () => child.kill('SIGINT'));
  });
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('a build that stops still reports as JSON', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer('openai', writer({ delayMs: 400 }));
  });
  afterAll(() => server.close());

  // issue 14: a missing key is found before any file is read, so no dataset is created for it
  it('a failed run: one JSON object with "failed", nothing kept, and what to run next', () => {
    const result = runCli(['build', '--mode', 'create', '--yes', '--json'], sampleWorkspace(), { OPENAI_API_KEY: '' });
    expect(result.code).toBe(2);
    const outcome = JSON.parse(result.stdout);
    expect(outcome).toMatchObject({ dataset_id: null, status: 'failed', samples_kept: 0 });
    expect(outcome.next).toBe('ftdb build (after fixing the error; nothing was stored)');
    expect(outcome.error).toContain('OPENAI_API_KEY');
  });

  it('a paid run without --yes stops before spending: "cancelled", exit 2', async () => {
    const result = await runAsync(['build', '--mode', 'create', '--size', '12', '--json'], sampleWorkspace(), {
      OPENAI_API_KEY: TEST_KEYS.openai,
      OPENAI_BASE_URL: server.baseURL,
    });
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'cancelled', samples_kept: 0, next: expect.stringMatching(/^ftdb resume ds-/) });
  });

  it('Ctrl-C midway: exit 130, the samples kept so far, and the hint names the real id', async () => {
    const cwd = sampleWorkspace();
    let sent = false;
    const result = await runAsync(
      ['build', '--mode', 'create', '--size', '40', '--concurrency', '1', '--yes', '--json'],
      cwd,
      { OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: server.baseURL },
      (stderr, kill) => {
        // once some samples are accepted (progress is logged on stderr), interrupt
        if (!sent && /[1-9]\d*\/40 samples accepted/.test(stderr)) {
          sent = true;
          kill();
        }
      },
    );
    expect(result.code).toBe(130);
    const outcome = JSON.parse(result.stdout);
    expect(outcome.status).toBe('cancelled');
    expect(result.stderr).toContain(`\`ftdb resume ${outcome.dataset_id}\` continues the run`);
    expect(result.stderr).not.toContain('resume ID');
    const db = new Database(path.join(cwd, 'memory', 'dataset_builder.db'), { readonly: true });
    const stored = db.prepare('SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ?').get(outcome.dataset_id) as { n: number };
    db.close();
    expect(outcome.samples_kept).toBe(stored.n);
    expect(outcome.samples_kept).toBeGreaterThan(0);
  });
});

describe('one --json contract for build, split and export', () => {
  it('export --json has every field build --json has, with the same stored values', () => {
    const cwd = sampleWorkspace();
    const built = runCli(['build', '--mode', 'identify', '--yes', '--json', '--quiet'], cwd);
    expect(built.code, built.stderr).toBe(0);
    const build = JSON.parse(built.stdout);
    const exported = JSON.parse(runCli(['export', build.dataset_id, '--json'], cwd).stdout);
    const split = JSON.parse(runCli(['split', build.dataset_id, '--json'], cwd).stdout);
    expect(Object.keys(exported).sort()).toEqual(Object.keys(build).sort());
    expect(Object.keys(split).sort()).toEqual(Object.keys(build).sort());
    for (const field of ['dataset_id', 'name', 'samples', 'excluded', 'files', 'findings', 'dataset_errors', 'split']) {
      expect(exported[field], field).toEqual(build[field]);
    }
    // export and split read no documents: what they report about reading is about this command
    expect(exported).toMatchObject({ skipped: [], files_read: 0 });
  });
});
