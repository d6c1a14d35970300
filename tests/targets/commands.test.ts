import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run as models } from '../../src/commands/models.js';
import { run as validate } from '../../src/commands/validate.js';
import { capture } from './capture.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { examplesFor } from './helpers.js';
import { corpusFile } from '../helpers/corpus.js';

const TOY = corpusFile('jsonl/openai_toy_chat_fine_tuning.jsonl');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-cmd-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());


describe('ftdb validate', () => {
  it('prints the --json contract and exits 1 when a rule is broken', async () => {
    const { code, stdout } = await capture(validate, [TOY, '--provider', 'openai', '--model', 'gpt-4o-mini', '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['valid', 'examples', 'findings', 'tokens', 'estimated_cost_usd']));
    expect(json).toMatchObject({ valid: false, examples: 5, epochs: 20, model: 'gpt-4o-mini-2024-07-18' });
    expect(Object.keys(json.tokens).sort()).toEqual(['exact', 'max', 'mean', 'min', 'total']);
    expect(json.findings[0]).toEqual(
      expect.objectContaining({ line: 0, rule: 'too_few_examples', severity: 'error', message: expect.any(String) }),
    );
    expect(json.estimated_cost_usd).toBeCloseTo((json.billed_tokens * 20 * 3) / 1e6, 2);
  });

  it('prints a human summary with counts by rule, token distribution and cost', async () => {
    const { code, stdout } = await capture(validate, [TOY, '--provider', 'openai', '--model', 'gpt-4o-mini']);
    expect(code).toBe(1);
    expect(stdout).toContain('Errors by rule:');
    expect(stdout).toMatch(/too_few_examples\s+1/);
    expect(stdout).toMatch(/missing_system_message\s+1/);
    expect(stdout).toContain('0 examples over the 65,536-token limit (truncated in training)');
    expect(stdout).toMatch(/estimated cost: ~\$\d+\.\d\d at \$3\.00 per 1M training tokens/);
    expect(stdout).toContain('deprecated (2026-05-07)');
  });

  it('exits 0 on a clean file and labels estimates', async () => {
    // Issue 13: Claude 3 Haiku is retired; Nova is Bedrock's tunable family with no public tokenizer.
    const t = resolveTarget('amazon', 'nova-lite');
    const file = path.join(dir, 'nova.jsonl');
    fs.writeFileSync(
      file,
      examplesFor(t, 100)
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n',
    );
    const { code, stdout } = await capture(validate, [file, '--provider', 'amazon', '--model', 'nova-lite']);
    expect(code).toBe(0);
    expect(stdout).toContain('0 errors, 0 warnings');
    expect(stdout).toContain('upper bound (calibrated, no public vocabulary)');
    expect(stdout).toContain('no public training price');
  });

  it.each([
    [['--provider', 'openai', '--model', 'gpt-4o'], 'Expected exactly one JSONL file'],
    [[TOY, '--provider', 'openai', '--model', 'gpt-4o', '--strict'], "Unknown option '--strict'"],
    [[TOY, '--provider', 'openai'], 'validate needs --provider and --model'],
    [[TOY, '--provider', 'openai', '--model', 'gpt-9'], 'Unknown openai model "gpt-9"'],
    [[path.join(dir, 'missing.jsonl'), '--provider', 'openai', '--model', 'gpt-4o'], 'Cannot read'],
  ])('exits 2 with error and hint on stderr for %j', async (argv, message) => {
    const { code, stderr, stdout } = await capture(validate, argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`error: `);
    expect(stderr).toContain(message);
    expect(stderr).toContain('hint: ');
  });
});

describe('ftdb models', () => {
  it('lists every target as JSON with limits, status and token exactness', async () => {
    const { code, stdout } = await capture(models, ['--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout);
    expect(rows.length).toBeGreaterThan(27);
    // Issue 13: past its end of life it is listed as retired, not usable.
    expect(rows.find((r: { id: string }) => r.id === 'anthropic.claude-3-haiku-20240307-v1:0')).toMatchObject({
      status: 'retired',
      usable: false,
      shutdown_date: '2026-09-10',
      max_tokens_per_example: 32_000,
      exact_tokens: false,
    });
  });

  it('prints a table for one provider, with notes for deprecated models', async () => {
    const { code, stdout } = await capture(models, ['--provider', 'mistral']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^PROVIDER\s+MODEL\s+ALIAS\s+MAX TOKENS/);
    expect(stdout).toMatch(/open-mixtral-8x7b\s+mixtral-8x7b/);
    expect(stdout).toContain('deprecated 2026-03-02');
    expect(stdout).toContain('Not an API fine-tuning option');
    expect(stdout).not.toContain('gpt-4o');
  });

  it('rejects an unknown provider with the list of providers', async () => {
    const { code, stderr } = await capture(models, ['--provider', 'cohere']);
    expect(code).toBe(2);
    expect(stderr).toContain('hint: Known providers: openai, anthropic, google, mistral, llama, amazon, open.');
  });
});

describe('the built CLI (dist/cli.js)', () => {
  const cli = (...args: string[]) => spawnSync(process.execPath, ['dist/cli.js', ...args], { encoding: 'utf8' });

  it('exits 1 with findings when a rule is broken and 0 on a clean file', () => {
    const broken = cli('validate', TOY, '--provider', 'openai', '--model', 'gpt-4o-mini', '--json');
    expect(broken.status).toBe(1);
    expect(JSON.parse(broken.stdout).findings.map((f: { rule: string }) => f.rule)).toContain('too_few_examples');
    const file = path.join(dir, 'clean.jsonl');
    const t = resolveTarget('llama', 'llama-3.1-8b');
    fs.writeFileSync(file, examplesFor(t, 5).map((e) => JSON.stringify(e)).join('\n'));
    expect(cli('validate', file, '--provider', 'llama', '--model', 'llama-3.1-8b').status).toBe(0);
  });

  it('exits 2 with error and hint on bad usage', () => {
    const result = cli('validate', TOY, '--provider', 'openai', '--model', 'gpt-4o', '--bogus');
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^error: validate: Unknown option '--bogus'/);
    expect(result.stderr).toContain('hint: Usage: ftdb validate FILE.jsonl');
  });
});
