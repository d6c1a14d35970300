// Issue 13: every usable target and each of its line formats, formatted by us and read back by a
// checker written from the providers' docs (independent-checker.ts), plus our validator on the same lines.
import { describe, expect, it } from 'vitest';
import { formatExample, withLineFormat } from '../../src/core/targets/format.js';
import { listTargets } from '../../src/core/targets/registry.js';
import type { LineFormat, TargetModel } from '../../src/core/targets/types.js';
import { validateExamples } from '../../src/core/targets/validate.js';
import { conversation } from './helpers.js';
import { docAnswers, docProblems, type DocFormat } from './independent-checker.js';

function docFormatOf(target: TargetModel, format: LineFormat): DocFormat | undefined {
  if (format === 'openai-chat') return target.provider === 'openai' ? 'openai' : target.host ? 'hosted-messages' : 'openai';
  if (format === 'vertex-gemini') return 'vertex';
  if (format === 'nova-conversation') return 'nova';
  if (format === 'bedrock-prompt-completion') return 'bedrock-llama';
  if (format === 'prompt-completion') return 'prompt-completion';
  if (format === 'text') return 'text';
  return undefined; // bedrock-claude: only the retired Claude 3 Haiku
}

const cases = listTargets().flatMap((t) =>
  (t.formats ?? [t.format]).map((f) => [`${t.id} ${f}`, t, f] as const),
);

describe('round trip per target and line format', () => {
  it('covers the new targets and formats', () => {
    const names = cases.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['gemini-3.5-flash vertex-gemini', 'amazon.nova-2-lite-v1:0 nova-conversation', 'qwen3-8b-together text', 'gemma-3-12b-hf prompt-completion']));
  });

  it.each(cases)('%s', async (_name, target, format) => {
    const chosen = withLineFormat(target, format === 'openai-chat' || format === target.format ? undefined : (format as 'prompt-completion' | 'text'));
    const doc = docFormatOf(target, format);
    expect(doc).toBeDefined();
    const source = conversation(3);
    const line = JSON.parse(JSON.stringify(formatExample(chosen, source)));
    expect(docProblems(doc!, line)).toEqual([]);
    // The answer the model learns is the source's last answer, unchanged.
    expect(docAnswers(doc!, line).join('\n')).toContain(source.turns[3].content);
    const report = await validateExamples(chosen, [line]);
    expect(report.findings.filter((f) => f.line === 1 && f.severity === 'error')).toEqual([]);
  });
});

describe('our validator agrees with the docs on broken lines', () => {
  const nova = listTargets('amazon')[0];
  const together = listTargets('open').find((t) => t.host === 'together')!;
  it.each([
    ['nova reserved word', nova, 'nova', { schemaVersion: 'bedrock-conversation-2024', messages: [{ role: 'user', content: [{ text: 'User: hi' }] }, { role: 'assistant', content: [{ text: 'ok' }] }] }],
    ['nova starts with assistant', nova, 'nova', { schemaVersion: 'bedrock-conversation-2024', messages: [{ role: 'assistant', content: [{ text: 'hi' }] }] }],
    ['text line with an extra key', withLineFormat(together, 'text'), 'text', { text: 'hello', prompt: 'x' }],
    ['empty completion', withLineFormat(together, 'prompt-completion'), 'prompt-completion', { prompt: 'q', completion: '' }],
  ] as const)('%s', async (_name, target, doc, line) => {
    expect(docProblems(doc, line as Record<string, unknown>).length).toBeGreaterThan(0);
    const report = await validateExamples(target, [line]);
    expect(report.findings.some((f) => f.line === 1 && f.severity === 'error')).toBe(true);
  });
});
