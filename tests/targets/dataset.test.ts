import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { openAiDefaultEpochs } from '../../src/core/targets/cost.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { capDatasetSize, validateExamples } from '../../src/core/targets/validate.js';
import { examplesFor } from './helpers.js';

const target = (p: string, m: string) => resolveTarget(p, m);
const datasetRules = async (t: ReturnType<typeof target>, n: number, opts = {}) =>
  (await validateExamples(t, examplesFor(t, n), opts)).findings.filter((f) => f.line === 0).map((f) => `${f.rule}:${f.severity}`);

describe('dataset rules', () => {
  it('needs the minimum number of training examples', async () => {
    expect(await datasetRules(target('openai', 'gpt-4o-mini'), 9)).toEqual(['too_few_examples:error']);
    expect(await datasetRules(target('openai', 'gpt-4o-mini'), 12, { validationCount: 3 })).toEqual(['too_few_examples:error']);
    expect(await datasetRules(target('openai', 'gpt-4o-mini'), 20)).toEqual(['few_examples:warning']);
    expect(await datasetRules(target('openai', 'gpt-4o-mini'), 50)).toEqual([]);
    expect(await datasetRules(target('anthropic', 'claude-3-haiku'), 31)).toEqual(['too_few_examples:error']);
  });

  it('counts training + validation against the Bedrock Llama minimum of 100', async () => {
    expect(await datasetRules(target('llama', 'llama-3.1-8b-bedrock'), 99)).toEqual(['too_few_examples:error']);
    expect(await datasetRules(target('llama', 'llama-3.1-8b-bedrock'), 100, { validationCount: 10 })).toEqual([]);
  });

  it('caps the total, training and validation counts', async () => {
    const haiku = target('anthropic', 'claude-3-haiku');
    expect(await datasetRules(haiku, 10_001)).toEqual(['too_many_examples:error', 'too_many_examples:error']);
    expect(await datasetRules(haiku, 10_001, { validationCount: 1_001 })).toEqual([
      'too_many_examples:error',
      'too_many_validation_examples:error',
    ]);
    expect(await datasetRules(haiku, 1_001, { role: 'validation' })).toEqual(['too_many_validation_examples:error']);
    expect(await datasetRules(haiku, 1_000, { role: 'validation' })).toEqual([]);
  });

  it('checks file sizes, with the validation file limit for validation files', async () => {
    const mistral = target('mistral', 'open-mistral-7b');
    expect(await datasetRules(mistral, 10, { role: 'validation', fileBytes: 1_200_000 })).toEqual(['file_too_large:error']);
    expect(await datasetRules(mistral, 10, { fileBytes: 1_200_000 })).toEqual([]);
    // Issue 13: OpenAI takes up to 8 GB through the Uploads API; over 512 MB is only a warning.
    expect(await datasetRules(target('openai', 'gpt-4o'), 50, { fileBytes: 600_000_000 })).toEqual(['file_needs_multipart_upload:warning']);
    expect(await datasetRules(target('openai', 'gpt-4o'), 50, { fileBytes: 9_000_000_000 })).toEqual(['file_too_large:error']);
  });

  it('flags duplicate examples with the line of the first copy', async () => {
    const t = target('openai', 'gpt-4o');
    const [a, b] = examplesFor(t, 2);
    const report = await validateExamples(t, [a, b, structuredClone(a)]);
    expect(report.findings.filter((f) => f.rule === 'duplicate_line')).toEqual([
      expect.objectContaining({ line: 3, severity: 'warning', message: 'Same as line 1.' }),
    ]);
  });

  it('stops when the signal is aborted', async () => {
    const t = target('openai', 'gpt-4o');
    await expect(validateExamples(t, examplesFor(t, 3), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(CancelledError);
  });
});

describe('capDatasetSize', () => {
  it('caps at the maximum and says why', () => {
    expect(capDatasetSize(target('anthropic', 'claude-3-haiku'), 25_000)).toEqual({
      size: 10_000,
      message: 'Claude 3 Haiku (Amazon Bedrock) accepts at most 10,000 examples per dataset; the size was capped from 25,000 to 10,000.',
    });
    expect(capDatasetSize(target('google', 'gemini-2.5-pro'), 2_000_000).size).toBe(1_000_000);
    expect(capDatasetSize(target('llama', 'llama-3.1-8b-fireworks'), 5_000_000).size).toBe(3_000_000);
  });

  it('leaves sizes within limits alone and warns below the minimum', () => {
    expect(capDatasetSize(target('openai', 'gpt-4o'), 20_000)).toEqual({ size: 20_000 });
    expect(capDatasetSize(target('openai', 'gpt-4o'), 5)).toEqual({
      size: 5,
      message: expect.stringContaining('needs at least 10 examples'),
    });
  });
});

describe('cost estimate', () => {
  it('follows the cookbook epoch rule', () => {
    expect([1, 5, 33, 34, 100, 8_333, 8_334, 100_000].map(openAiDefaultEpochs)).toEqual([25, 20, 3, 3, 3, 3, 2, 1]);
  });

  it('bills tokens capped at the limit x default epochs x price, and only the training share', async () => {
    const t = target('openai', 'gpt-4o-mini');
    const report = await validateExamples(t, examplesFor(t, 40));
    const total = report.tokens.perExample.reduce((a, b) => a + b, 0);
    expect(report).toMatchObject({ billedTokens: total, epochs: 3, estimatedCostUsd: Math.round(((total * 3 * 3) / 1e6) * 100) / 100 });
    const split = await validateExamples(t, examplesFor(t, 40), { validationCount: 10 });
    expect(split.billedTokens).toBe(Math.round((total * 30) / 40));
    expect(split.epochs).toBe(3);
  });

  it('reports epochs without a price where none is published', async () => {
    const t = target('anthropic', 'claude-3-haiku');
    const report = await validateExamples(t, examplesFor(t, 32));
    expect(report.epochs).toBe(2);
    expect(report.estimatedCostUsd).toBeUndefined();
    expect(report.billedTokens).toBeGreaterThan(0);
  });
});
