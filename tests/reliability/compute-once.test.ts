// Issue 19 (scale): work done once and stored once. A warning every sample has (no system message) is
// one findings row that counts once per sample; a re-split reuses the stored token counts (and counts
// only missing ones); a re-split right after a build writes no second full backup of the database.
// Input: the first 200 GSM8K test questions with their answers (tests/fixtures/corpus, MIT licence),
// 200 distinct question/answer pairs without a system message, so 200 samples.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { collapseEverySample, findingTotals, type StoredFinding } from '../../src/core/store/runs.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { runCli } from '../cli/cli-helpers.js';
import { corpusFile } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

const SAMPLES = 200;
const NEAR_LIMIT = resolveTarget('openai', 'gpt-4o-mini').maxTokensPerExample - 1;

function gsm8kWorkspace(): string {
  const cwd = tempDir('ftdb-once-');
  fs.mkdirSync(path.join(cwd, 'input_files'));
  const lines = fs.readFileSync(corpusFile('jsonl/gsm8k_test.jsonl'), 'utf8').split('\n').slice(0, SAMPLES);
  fs.writeFileSync(path.join(cwd, 'input_files', 'gsm8k_200.jsonl'), `${lines.join('\n')}\n`);
  return cwd;
}

const dbOf = (cwd: string) => path.join(cwd, 'memory', 'dataset_builder.db');
const backupsOf = (cwd: string) => fs.readdirSync(path.join(cwd, 'memory', 'backups')).filter((f) => f.endsWith('.db'));

describe('computed once, stored once (scale)', () => {
  let cwd: string;
  let build: { samples: number; findings: { warnings: number; byRule: Record<string, number> } };

  beforeAll(() => {
    cwd = gsm8kWorkspace();
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--name', 'gsm', '--json'], cwd);
    expect(result.code, result.stderr).toBe(0);
    build = JSON.parse(result.stdout);
  });

  it('stores a warning every sample has as one row, and still counts it once per sample', () => {
    expect(build.samples).toBe(SAMPLES);
    expect(build.findings.byRule.missing_system_message).toBe(SAMPLES);
    const db = new Database(dbOf(cwd), { readonly: true });
    const rows = db.prepare("SELECT sample_id, every_sample FROM findings WHERE rule = 'missing_system_message'").all();
    db.close();
    expect(rows).toEqual([{ sample_id: null, every_sample: SAMPLES }]);
    const stats = JSON.parse(runCli(['stats', 'gsm', '--json'], cwd).stdout);
    expect(stats.findings.by_rule.missing_system_message).toBe(SAMPLES);
    expect(stats.findings.warnings).toBe(build.findings.warnings);
  });

  it('a re-split right after the build reuses its backup; a later one writes a new one', () => {
    expect(backupsOf(cwd)).toHaveLength(1);
    const first = runCli(['split', 'gsm', '--seed', '5', '--json'], cwd);
    expect(first.code, first.stderr).toBe(0);
    expect(backupsOf(cwd)).toHaveLength(1);
    // The first re-split changed the database: the next one must keep a copy of that state.
    const second = runCli(['split', 'gsm', '--seed', '6', '--json'], cwd);
    expect(second.code, second.stderr).toBe(0);
    expect(backupsOf(cwd)).toHaveLength(2);
  });

  it('a re-split reuses stored token counts and counts only the missing ones', () => {
    const db = new Database(dbOf(cwd));
    const [one, two] = db.prepare('SELECT id, token_length FROM samples ORDER BY seq LIMIT 2').all() as { id: string; token_length: number }[];
    expect(two.token_length).toBeGreaterThan(20);
    // A stored count the tokenizer would never give (just under the target's limit), and one count removed.
    db.prepare('UPDATE samples SET token_length = ? WHERE id = ?').run(NEAR_LIMIT, one.id);
    db.prepare('UPDATE samples SET token_length = NULL WHERE id = ?').run(two.id);
    db.close();
    const result = runCli(['split', 'gsm', '--seed', '7', '--json'], cwd);
    expect(result.code, result.stderr).toBe(0);
    const after = new Database(dbOf(cwd), { readonly: true });
    const lengths = after.prepare('SELECT id, token_length FROM samples WHERE id IN (?, ?)').all(one.id, two.id) as { id: string; token_length: number }[];
    after.close();
    expect(Object.fromEntries(lengths.map((r) => [r.id, r.token_length]))).toEqual({ [one.id]: NEAR_LIMIT, [two.id]: two.token_length });
    const stats = JSON.parse(runCli(['stats', 'gsm', '--json'], cwd).stdout);
    expect(stats.tokens.max).toBe(NEAR_LIMIT);
    // The rules were checked against the stored count, not a recount: the one sample is near the limit.
    expect(stats.findings.by_rule.tokens_near_limit).toBe(1);
  });
});

describe('collapseEverySample', () => {
  const warning = (sampleId: string, rule = 'missing_system_message'): StoredFinding => ({
    line: 1,
    sampleId,
    rule,
    severity: 'warning',
    message: 'The example has no system message.',
    fix: 'Fine if intended.',
  });

  it('keeps a warning that not every sample has as one row per sample', () => {
    const findings = [warning('a'), warning('b')];
    expect(collapseEverySample(findings, 3)).toEqual(findings);
  });

  it('keeps a warning one sample has twice as rows, so no count is lost', () => {
    const findings = [warning('a'), warning('a'), warning('b')];
    expect(collapseEverySample(findings, 2)).toEqual(findings);
  });

  it('never collapses errors, which exclude samples one by one', () => {
    const errors = ['a', 'b'].map((id): StoredFinding => ({ ...warning(id, 'tokens_over_limit'), severity: 'error' }));
    expect(collapseEverySample(errors, 2)).toEqual(errors);
  });

  it('collapses the warning all samples share, keeping the others in place and the totals equal', () => {
    const findings = [warning('a'), warning('a', 'duplicate_line'), warning('b'), warning('c')];
    const collapsed = collapseEverySample(findings, 3);
    expect(collapsed.map((f) => [f.rule, f.sampleId, f.everySample])).toEqual([
      ['missing_system_message', null, 3],
      ['duplicate_line', 'a', undefined],
    ]);
    expect(findingTotals(collapsed)).toEqual(findingTotals(findings));
  });
});
