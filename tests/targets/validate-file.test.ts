import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CancelledError, UserError } from '../../src/core/errors.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { validateJsonlFile } from '../../src/core/targets/validate.js';
import { examplesFor } from './helpers.js';
import { corpusFile } from '../helpers/corpus.js';

const TOY = corpusFile('jsonl/openai_toy_chat_fine_tuning.jsonl');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-validate-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const summary = (findings: { line: number; rule: string; severity: string }[]) => findings.map((f) => `${f.line} ${f.rule} ${f.severity}`);

describe('validateJsonlFile', () => {
  it.each(['gpt-4o-mini', 'gpt-3.5-turbo'])("gives the cookbook's findings on its flawed sample (%s)", async (model) => {
    const report = await validateJsonlFile(resolveTarget('openai', model), TOY);
    expect(report.examples).toBe(5);
    expect(summary(report.findings)).toEqual([
      '0 too_few_examples error',
      '3 missing_system_message warning',
      '4 missing_user_message warning',
    ]);
    expect(report.valid).toBe(false);
    expect(report.tokens.exact).toBe(true);
    expect(report.tokens.max).toBeGreaterThan(6000); // the "Eat a banana!" x 2000 line
    expect(report.epochs).toBe(20); // 100 // 5 examples, as in the notebook
    expect(report.billedTokens).toBe(report.tokens.total);
  });

  it('says once that a pretty-printed JSON array is not JSON Lines, instead of an error per line', async () => {
    const t = resolveTarget('openai', 'gpt-4o');
    const pretty = JSON.stringify(examplesFor(t, 12), null, 2);
    const report = await validateJsonlFile(t, write('pretty.json', pretty));
    expect(summary(report.findings)).toContain('1 not_json_lines error');
    expect(report.findings.filter((f) => f.rule === 'invalid_json')).toEqual([]);
    expect(report.findings.find((f) => f.rule === 'not_json_lines')?.message).toContain('an array of 12 record(s)');
    expect(report.valid).toBe(false);
  });

  it('reports invalid JSON, blank lines, a byte-order mark and duplicates with their line numbers', async () => {
    const t = resolveTarget('openai', 'gpt-4o');
    const lines = examplesFor(t, 52).map((e) => JSON.stringify(e));
    const text = `\uFEFF${lines[0]}\r\n${lines[1]}\r\n\r\n{"messages": [\r\n${lines[2]}\r\n${lines[1]}\r\n${lines.slice(3).join('\n')}\n\n`;
    const report = await validateJsonlFile(t, write('mixed.jsonl', text));
    expect(summary(report.findings)).toEqual([
      '1 byte_order_mark warning',
      '3 blank_line warning',
      '4 invalid_json error',
      '6 duplicate_line warning',
    ]);
    expect(report.examples).toBe(54);
    expect(report.tokens.perExample[2]).toBe(0); // line 4 is the third example (line 3 is blank)
  });

  it('streams a Bedrock file and applies its hard limit', async () => {
    const t = resolveTarget('llama', 'llama-3.1-8b-bedrock');
    const lines = examplesFor(t, 100).map((e) => JSON.stringify(e));
    lines[41] = JSON.stringify({ prompt: ' word'.repeat(16_100), completion: 'ok' });
    const report = await validateJsonlFile(t, write('bedrock.jsonl', lines.join('\n')));
    expect(summary(report.findings)).toEqual(['42 tokens_over_limit error']);
    expect(report.tokens.exact).toBe(true);
  });

  it('checks a validation file against the validation limits', async () => {
    const t = resolveTarget('mistral', 'open-mistral-7b');
    const big = examplesFor(t, 2_500)
      .map((e) => JSON.stringify(e))
      .join('\n');
    expect(Buffer.byteLength(big)).toBeGreaterThan(1_000_000);
    const file = write('mistral_validation.jsonl', big);
    expect(summary((await validateJsonlFile(t, file, { role: 'validation' })).findings)).toEqual(['0 file_too_large error']);
    expect(summary((await validateJsonlFile(t, file)).findings)).toEqual([]);
  });

  it('fails with a usage error for a missing file or a folder', async () => {
    const t = resolveTarget('openai', 'gpt-4o');
    await expect(validateJsonlFile(t, path.join(dir, 'nope.jsonl'))).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('Cannot read'),
    });
    await expect(validateJsonlFile(t, dir)).rejects.toBeInstanceOf(UserError);
  });

  it('stops reading when the signal is aborted', async () => {
    const t = resolveTarget('openai', 'gpt-4o');
    const file = write(
      'abort.jsonl',
      examplesFor(t, 50)
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    await expect(validateJsonlFile(t, file, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  });
});
