import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { validateExamples } from '../../src/core/targets/validate.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli, sampleWorkspace } from './cli-helpers.js';
import { corpusFile } from '../helpers/corpus.js';

function readJsonl(file: string): unknown[] {
  return fs.readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
}

describe('ftdb build (identify, headless)', () => {
  let cwd: string;
  let first: any;

  beforeAll(() => {
    cwd = sampleWorkspace();
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--yes', '--json'], cwd);
    expect(result.stderr).toContain('[ingest]');
    expect(result.code, result.stderr).toBe(0);
    first = JSON.parse(result.stdout);
  });

  it('writes train/validation JSONL, CSV metadata and stats, as the JSON summary says', () => {
    expect(first).toMatchObject({ dataset_id: expect.stringMatching(/^ds-/), name: 'my_dataset', cost_usd: 0 });
    expect(first.samples).toBeGreaterThanOrEqual(32);
    for (const key of ['train', 'validation', 'csv', 'stats']) expect(fs.existsSync(first.files[key]), key).toBe(true);
    const train = readJsonl(first.files.train);
    const validation = readJsonl(first.files.validation);
    expect(train.length + validation.length).toBe(first.samples);
    expect(validation.length).toBeGreaterThan(0);
    const csv = fs.readFileSync(first.files.csv, 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'sample_id,content_preview,token_length,topic_keywords,source_file,split,source_location,origin,quality_score,split_keyword',
    );
    const stats = JSON.parse(fs.readFileSync(first.files.stats, 'utf8'));
    expect(stats.counts.total).toBe(first.samples);
    expect(stats.tokens.exact).toBe(true);
    expect(stats.files_read).toBe(4);
    expect(stats.skipped_files).toEqual([]);
  });

  it('every exported line passes the OpenAI chat format checks', async () => {
    const lines = [...readJsonl(first.files.train), ...readJsonl(first.files.validation)] as any[];
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['messages']);
      expect(line.messages.at(-1).role).toBe('assistant');
      for (const m of line.messages) {
        expect(['system', 'user', 'assistant']).toContain(m.role);
        expect(typeof m.content).toBe('string');
        expect(m.content.trim().length).toBeGreaterThan(0);
      }
    }
    const report = await validateExamples(resolveTarget('openai', 'gpt-4o-mini'), lines);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('persists the dataset and its samples in SQLite', () => {
    const db = new Database(path.join(cwd, 'memory', 'dataset_builder.db'), { readonly: true });
    const row = db.prepare('SELECT * FROM datasets WHERE id = ?').get(first.dataset_id) as any;
    expect(row).toMatchObject({ provider: 'openai', mode: 'identify', status: 'complete', total_samples: first.samples });
    const n = db.prepare('SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ?').get(first.dataset_id) as any;
    expect(n.n).toBe(first.samples);
    db.close();
    expect(fs.readdirSync(path.join(cwd, 'memory', 'backups')).length).toBeGreaterThan(0);
  });

  it('a second build creates a second dataset; list shows both; re-export is byte-identical', () => {
    const second = runCli(['build', '--mode', 'identify', '--yes', '--json', '--quiet'], cwd);
    expect(second.code, second.stderr).toBe(0);
    const secondSummary = JSON.parse(second.stdout);
    expect(secondSummary.dataset_id).not.toBe(first.dataset_id);
    expect(secondSummary.name).toBe('my_dataset_2');

    const list = runCli(['list', '--json'], cwd);
    expect(list.code).toBe(0);
    const ids = JSON.parse(list.stdout).map((d: any) => d.dataset_id);
    expect(ids).toEqual(expect.arrayContaining([first.dataset_id, secondSummary.dataset_id]));

    const before = fs.readFileSync(first.files.train);
    fs.rmSync(first.files.train);
    const exported = runCli(['export', first.dataset_id, '--json'], cwd);
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout).files.train).toBe(first.files.train);
    expect(fs.readFileSync(first.files.train).equals(before)).toBe(true);
  });

  it('stats prints the dataset in words and as JSON', () => {
    const text = runCli(['stats', first.dataset_id], cwd);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`${first.dataset_id} "my_dataset"`);
    const json = JSON.parse(runCli(['stats', first.dataset_id, '--json'], cwd).stdout);
    expect(json.counts.total).toBe(first.samples);
  });

  it('re-splits with another ratio and strategy, deterministically', () => {
    const a = runCli(['split', first.dataset_id, '--split', '70/30', '--strategy', 'weighted', '--weight-by', 'source', '--json'], cwd);
    expect(a.code, a.stderr).toBe(0);
    const summary = JSON.parse(a.stdout);
    expect(Math.abs(summary.split.validation - first.samples * 0.3)).toBeLessThanOrEqual(1);
    const firstRun = fs.readFileSync(summary.files.validation, 'utf8');
    runCli(['split', first.dataset_id, '--split', '70/30', '--strategy', 'weighted', '--weight-by', 'source'], cwd);
    expect(fs.readFileSync(summary.files.validation, 'utf8')).toBe(firstRun);
  });
});

describe('ftdb usage errors', () => {
  it('exits 2 with the key path for a bad config value', () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'mode: magic\n');
    const result = runCli(['build'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('mode: must be one of');
  });

  it('the bundled bin is executable, so npx ftdb and npm link can run it', () => {
    runCli(['--version'], tempDir());
    expect(fs.statSync(path.resolve(process.cwd(), 'dist/cli.js')).mode & 0o111).toBe(0o111);
  });

  it('prints the usage of one command with --help', () => {
    const result = runCli(['build', '--help'], tempDir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--mode identify|create|hybrid|free');
  });

  it('exits 2 for an unknown flag or command', () => {
    const cwd = tempDir();
    expect(runCli(['build', '--colour'], cwd).code).toBe(2);
    expect(runCli(['frobnicate'], cwd).code).toBe(2);
  });

  it('skips a bad file with its reason and what to do, and builds from the rest', () => {
    const cwd = sampleWorkspace();
    fs.copyFileSync(corpusFile('bad/pdfjs_issue6010_1_password_abc.pdf'), path.join(cwd, 'input_files', 'locked.pdf'));
    const result = runCli(['build', '--json', '--quiet'], cwd);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.samples).toBeGreaterThanOrEqual(32);
    expect(summary.skipped).toEqual([
      { file: 'locked.pdf', kind: 'encrypted', reason: expect.stringContaining('encrypted'), hint: expect.stringContaining('decrypt') },
    ]);
  });

  it('exits 2 with a hint when the input folder is missing, and records no dataset', () => {
    const cwd = tempDir();
    const result = runCli(['build', '--input', 'nowhere'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/hint:/);
    expect(fs.existsSync(path.join(cwd, 'memory', 'dataset_builder.db'))).toBe(false);
  });

  it('the menu refuses to start without a terminal and points to ftdb build', () => {
    const result = runCli([], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('ftdb build');
  });
});

describe('dataset size vs the target minimum', () => {
  it('warns up front when the training share cannot reach the minimum, naming the size that would', () => {
    const result = runCli(['build', '--size', '10', '--quiet'], sampleWorkspace());
    expect(result.stderr).toContain('GPT-4o mini needs at least 10 training examples; dataset_size 10 with a 90% training share leaves 9. Ask for at least 11');
    expect(result.code).toBe(1);
  });
});
