// The real bundled `ftdb` (dist/cli.js) in a real pseudo-terminal (tmux): the whole identify flow
// with keys, then the files and the database it produced. Runs in CI: tmux provides the terminal.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../helpers/build-cli.js';
import { openTerminal, type Terminal } from './helpers/tmux.js';
import { terminalWorkspace } from './helpers/workspace.js';

let cli: string;
let term: Terminal | undefined;
beforeAll(() => {
  cli = buildCli();
});
afterEach(() => term?.close());

/** Sends one key once the screen shows what it should act on. */
async function step(t: Terminal, expected: string | RegExp, ...keys: string[]): Promise<string> {
  const screen = await t.waitFor(expected);
  t.send(...keys);
  return screen;
}

describe('ftdb in a terminal', () => {
  it('without a terminal on stdin: points to `ftdb build` and exits 2', () => {
    const { dir, env } = terminalWorkspace();
    const result = spawnSync(process.execPath, [cli], { cwd: dir, input: '', encoding: 'utf8', env: { ...process.env, ...env } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('standard input is not a TTY');
    expect(result.stderr).toContain('ftdb build');
    expect(result.stdout).toBe('');
  });

  it('walks the identify flow with Enter, Space and Esc and leaves the dataset on disk and in SQLite', async () => {
    const { dir, env } = terminalWorkspace();
    term = openTerminal([process.execPath, cli], { cwd: dir, env, columns: 80, rows: 24 }); // the smallest size we promise
    const t = term;

    await t.waitFor('100 samples · split 90/10'); // config.yaml read
    await step(t, /❯ Configure dataset\s+← next/, 'Enter');
    // Issue 13: Anthropic has no usable target (Claude 3 Haiku retired), so the next one is Google.
    await step(t, 'Fine-tuning target provider', 'Down'); // Google…
    await step(t, '❯ Google', 'Escape'); // …Esc leaves Configure
    await step(t, /❯ Configure dataset\s+← next/, 'Enter');
    await step(t, '❯ OpenAI', 'Enter');
    await step(t, '› Model', 'Enter');
    await step(t, 'Identify  no key needed', 'Enter');
    await step(t, 'How many samples? 100', 'Enter');
    await step(t, '90/10 train/validation', 'Enter');
    await step(t, 'Output name: my_dataset', 'Enter');

    await step(t, /❯ Generate dataset\s+← next/, 'Enter');
    await step(t, '4 of 4 files included', 'Space'); // exclude billing_questions.csv…
    await step(t, '3 of 4 files included', 'Space'); // …and include it again
    await step(t, '4 of 4 files included', 'Enter');
    const done = await step(t, 'Continue: split and review', 'Enter');
    const datasetId = /Dataset (ds-[0-9a-f]{8}) "my_dataset"/.exec(done)![1];

    await step(t, /❯ Split and review\s+← next/, 'Enter');
    await step(t, 'By source file', 'Enter');
    await step(t, '90/10 train/validation', 'Down');
    await step(t, '❯ 80/20 train/validation', 'Enter');
    await step(t, 'Weighted by source file', 'Enter'); // random
    await step(t, '80/20, random, seed 42', 'Enter');

    await step(t, /❯ Export\s+← next/, 'Enter');
    await step(t, `Export ${datasetId}`, 'Enter');
    await step(t, 'my_dataset_validation.jsonl', 'Enter');
    await step(t, /❯ Exit\s+← next/, 'Enter');
    await t.waitFor('[exited with 0]');

    const prefs = JSON.parse(fs.readFileSync(path.join(dir, '.prefs', 'config.json'), 'utf8')).prefs;
    expect(prefs).toMatchObject({ provider: 'openai', mode: 'identify', datasetSize: 100 });
    const out = path.join(dir, 'output_datasets', 'my_dataset');
    const db = new Database(path.join(dir, 'memory', 'dataset_builder.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT mode, status FROM datasets WHERE id = ?').get(datasetId)).toEqual({ mode: 'identify', status: 'complete' });
      const count = (side: string) =>
        (db.prepare('SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ? AND COALESCE(split_override, split) = ?').get(datasetId, side) as { n: number }).n;
      const train = fs.readFileSync(path.join(out, 'my_dataset_train.jsonl'), 'utf8').trim().split('\n');
      const validation = fs.readFileSync(path.join(out, 'my_dataset_validation.jsonl'), 'utf8').trim().split('\n');
      expect(train).toHaveLength(count('train'));
      expect(validation).toHaveLength(count('validation'));
      expect(validation.length / (train.length + validation.length)).toBeGreaterThan(0.12); // 80/20, not 90/10
      for (const line of [...train, ...validation]) expect(JSON.parse(line).messages.at(-1).role).toBe('assistant');
      const sources = db.prepare('SELECT DISTINCT source_file AS f FROM samples WHERE dataset_id = ?').all(datasetId) as { f: string }[];
      expect(sources.map((s) => s.f)).toContain('billing_questions.csv');
    } finally {
      db.close();
    }
  });
});
