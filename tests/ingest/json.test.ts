import { describe, expect, it } from 'vitest';
import { failureKind, read, readCorpus, tempFolder } from './helpers/input.js';

describe('JSON and JSONL conversations', () => {
  it('imports OpenAI messages with the system prompt, skipping a record without a user turn', async () => {
    const doc = await readCorpus('jsonl/openai_toy_chat_fine_tuning.jsonl');
    expect(doc.conversations.map((c) => c.location)).toEqual(['line 1', 'line 2', 'line 3', 'line 5']);
    const first = doc.conversations[0].conversation;
    expect(first.system).toContain('positive spin');
    expect(first.turns).toEqual([
      { role: 'user', content: 'I fell off my bike today.' },
      { role: 'assistant', content: "It's great that you're getting exercise outdoors!" },
    ]);
    const exchanges = doc.conversations.reduce((n, c) => n + c.conversation.turns.filter((t) => t.role === 'user').length, 0);
    expect(exchanges).toBe(7);
    expect(doc.warnings.join()).toMatch(/1 record/);
    expect(doc.sections).toEqual([]);
  });

  it('imports ShareGPT, question/answer and Taskmaster records', async () => {
    const sharegpt = await readCorpus('jsonl/fastchat_dummy_conversation.json');
    expect(sharegpt.conversations).toHaveLength(500);
    expect(sharegpt.conversations[0].location).toBe('record 1');
    expect(sharegpt.conversations[0].conversation.turns[0]).toEqual({ role: 'user', content: 'Who are you?' });
    const gsm8k = await readCorpus('jsonl/gsm8k_test.jsonl');
    expect(gsm8k.conversations).toHaveLength(1319);
    expect(gsm8k.conversations[0].conversation.turns[1].content).toMatch(/#### 18$/);
    const taskmaster = await readCorpus('jsonl/taskmaster1_sample.json');
    expect(taskmaster.conversations).toHaveLength(1);
    const turns = taskmaster.conversations[0].conversation.turns;
    expect(turns.filter((t) => t.role === 'user')).toHaveLength(10);
    expect(turns.at(-1)?.role).toBe('assistant');
  });

  it('keeps records without answers as text, not conversations', async () => {
    const mtBench = await readCorpus('jsonl/mt_bench_question.jsonl');
    expect(mtBench.conversations).toEqual([]);
    expect(mtBench.sections).toHaveLength(80);
    expect(mtBench.sections[0].location).toBe('line 1');
    const evals = await readCorpus('jsonl/anthropic_evals_self-awareness-text-model.jsonl');
    expect(evals.conversations).toEqual([]);
  });

  const folder = tempFolder();
  it('merges consecutive turns, drops tool turns and a trailing question, reads content parts', async () => {
    const record = {
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }] },
        { role: 'assistant', content: null, tool_calls: [{}] },
        { role: 'tool', content: '{"temp": 21}' },
        { role: 'assistant', content: 'It is 21 °C.' },
        { role: 'assistant', content: 'Sunny, too.' },
        { role: 'user', content: 'Thanks!' },
      ],
    };
    const doc = await read(folder.write('tools.jsonl', `${JSON.stringify(record)}\n\nnot json\n`));
    expect(doc.conversations[0].conversation.turns).toEqual([
      { role: 'user', content: 'Weather in Paris?' },
      { role: 'assistant', content: 'It is 21 °C.\n\nSunny, too.' },
    ]);
    expect(doc.partial).toMatchObject({ count: 1, line: 3 });
    expect(doc.partial?.reason).toMatch(/1 line\(s\) are not valid JSON.*line 3/);
  });

  it('reads prompt/completion and instruction/output pairs, and rejects broken JSON', async () => {
    const doc = await read(folder.write('pairs.json', JSON.stringify({ data: [
      { prompt: 'Capital of Peru?', completion: 'Lima.' },
      { instruction: 'Translate', input: 'bonjour', output: 'hello' },
    ] })));
    expect(doc.conversations.map((c) => c.conversation.turns[0].content)).toEqual(['Capital of Peru?', 'Translate\n\nbonjour']);
    expect((await failureKind(folder.write('broken.json', '{"messages": ['))).kind).toBe('corrupt');
  });
});
