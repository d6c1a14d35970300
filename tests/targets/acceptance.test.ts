// Issue 13 acceptance through the commands a user runs: models --json, build on a shut-down model,
// validate of an over-long Gemini example, and open-weight prompt/completion and text files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { run as build } from '../../src/commands/build.js';
import { run as models } from '../../src/commands/models.js';
import { run as validate } from '../../src/commands/validate.js';
import { capture } from './capture.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-accept-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());


const writeJsonl = (name: string, lines: unknown[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  return file;
};

describe('issue 13 acceptance', () => {
  it('models --json lists nothing usable past its shutdown, and the current targets', async () => {
    const { code, stdout } = await capture(models, ['--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { id: string; status: string; usable: boolean; shutdown_date: string | null; training_ends_date: string | null }[];
    const today = new Date().toISOString().slice(0, 10);
    for (const r of rows) {
      const cutoff = [r.shutdown_date, r.training_ends_date].filter(Boolean).sort()[0];
      if (cutoff && cutoff <= today) expect(r, r.id).toMatchObject({ status: 'retired', usable: false });
      if (r.usable) expect(['active', 'legacy', 'deprecated']).toContain(r.status);
    }
    const usable = rows.filter((r) => r.usable).map((r) => r.id);
    expect(usable).toContain('gemini-3.5-flash');
    expect(usable.some((id) => id.startsWith('amazon.nova'))).toBe(true);
    expect(usable.some((id) => id.startsWith('qwen'))).toBe(true);
    expect(usable.some((id) => id.startsWith('gemma-3'))).toBe(true);
  });

  it('build --provider openai --model gpt-3.5-turbo exits 2 naming the date and a successor, before reading anything', async () => {
    const { code, stderr } = await capture(build, ['--provider', 'openai', '--model', 'gpt-3.5-turbo', '--input', path.join(dir, 'none'), '--db', path.join(dir, 'x.db')]);
    expect(code).toBe(2);
    expect(stderr).toContain('2026-10-23');
    expect(stderr).toContain('Successor: ');
    expect(stderr).toContain('--allow-retired');
    expect(fs.existsSync(path.join(dir, 'x.db'))).toBe(false);
  });

  it('validate rejects a Vertex example of 140,000 digits for gemini-3.5-flash', async () => {
    const file = writeJsonl('digits.jsonl', [{ contents: [{ role: 'user', parts: [{ text: '7'.repeat(140_000) }] }, { role: 'model', parts: [{ text: 'ok' }] }] }]);
    const { code, stdout } = await capture(validate, [file, '--provider', 'google', '--model', 'gemini-3.5-flash', '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toContain('tokens_over_limit:error');
    expect(report.tokens.max).toBeGreaterThan(131_072);
  });

  it('validate warns once about the coming OpenAI cut-off', async () => {
    const line = { messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }, { role: 'assistant', content: 'Hello' }] };
    const file = writeJsonl('openai.jsonl', Array.from({ length: 10 }, (_, i) => ({ ...line, messages: [...line.messages, { role: 'user', content: `q${i}` }, { role: 'assistant', content: `a${i}` }] })));
    const { code, stderr } = await capture(validate, [file, '--provider', 'openai', '--model', 'gpt-4o-mini']);
    expect(code).toBe(0);
    expect(stderr.match(/new fine-tuning jobs stop on 2027-01-06/g)).toHaveLength(1);
  });

  it('accepts Together prompt/completion and text files, and warns on a literal chat-template token', async () => {
    const pc = writeJsonl('pc.jsonl', [{ prompt: 'What is 2+2?', completion: '4' }, { prompt: 'Say hi <|eot_id|>', completion: 'hi' }]);
    const text = writeJsonl('text.jsonl', [{ text: 'User: hi\n\nAssistant: hello' }]);
    const a = await capture(validate, [pc, '--provider', 'open', '--model', 'qwen3-8b', '--json']);
    expect(a.code).toBe(0);
    const aReport = JSON.parse(a.stdout);
    expect(aReport.format).toBe('prompt-completion');
    expect(aReport.findings).toEqual([expect.objectContaining({ line: 2, rule: 'chat_template_token', severity: 'warning' })]);
    const b = await capture(validate, [text, '--provider', 'open', '--model', 'qwen3-8b', '--json']);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout).format).toBe('text');
  });

  it('accepts OpenAI content null with tool_calls, text-part arrays and weight on assistant messages', async () => {
    const tools = [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }];
    const lines = Array.from({ length: 10 }, (_, i) => ({
      tools,
      messages: [
        { role: 'system', content: [{ type: 'text', text: 'Be brief.' }] },
        { role: 'user', content: `Weather in city ${i}?` },
        { role: 'assistant', content: null, tool_calls: [{ id: `call_${i}`, type: 'function', function: { name: 'get_weather', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: `call_${i}`, content: 'sunny' },
        { role: 'assistant', content: [{ type: 'text', text: 'Sunny.' }], weight: 1 },
      ],
    }));
    const { code, stdout } = await capture(validate, [writeJsonl('tools.jsonl', lines), '--provider', 'openai', '--model', 'gpt-4.1', '--json']);
    const errors = JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(code).toBe(0);
  });
});
