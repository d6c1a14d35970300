import { afterEach, describe, expect, it } from 'vitest';
import { runCreateAgent } from '../../src/core/agents/create/create-agent.js';
import { candidateLines, conversationFromSpans, locateExchanges, validSpans } from '../../src/core/agents/quality/exchange-check.js';
import { readPromptFile } from '../../src/core/agents/create/prompt-template.js';
import type { RecordedRequest, Step } from '../servers/scripted-server.js';
import { askedFor, freshConversation } from '../servers/writer.js';
import { chunk, MemoryJournal, MemorySink, PROMPTS_DIR, startAgent, type Agent } from './helpers.js';

let agent: Agent | undefined;
afterEach(async () => {
  await agent?.server.close();
  agent = undefined;
});

/** One chunk, 3 conversations asked in one call, the judge on with min_score 6. */
async function runJudged(respond: (request: RecordedRequest) => Step) {
  agent = await startAgent(respond);
  const sink = new MemorySink();
  const result = await runCreateAgent({
    client: agent.client, promptsDir: PROMPTS_DIR, chunks: [chunk('a.pdf', 0)], target: 3, maxPasses: 1,
    settings: { variety: 'medium', turns: 1, samplesPerCall: 3 }, judge: { minScore: 6 }, journal: new MemoryJournal(), sink,
  });
  return { result, sink, server: agent.server };
}

describe('LLM judge', () => {
  it('scores samples, regenerates low ones once, drops what is still low, keeps scores', async () => {
    let generations = 0;
    const low = new Set<string>();
    // Generation answers: the 1st call writes 3 (the 2nd is "weak"), the regeneration writes 1 weak one again.
    const respond = (request: RecordedRequest) => {
      if (request.schemaName === 'scores') {
        const count = (request.user.match(/^\[\d+\]$/gm) ?? []).length;
        const blocks = request.user.split(/^\[\d+\]$/m).slice(1);
        return { answer: { scores: Array.from({ length: count }, (_, index) => ({ index, score: low.has(blocks[index].trim().split('\n')[0]) ? 3 : 8, reason: 'checked' })) } };
      }
      generations++;
      const conversations = Array.from({ length: askedFor(request).count }, (_, i) => {
        const conversation = freshConversation();
        if ((generations === 1 && i === 1) || generations === 2) low.add(`User: ${conversation.turns[0].user}`);
        return conversation;
      });
      return { answer: { conversations } };
    };
    const { result, sink, server } = await runJudged(respond);

    expect(result.accepted).toBe(2);
    expect(result.dropped).toEqual({ low_score: 2 });
    expect(sink.list.map((s) => s.qualityScore)).toEqual([8, 8]);
    const schemas = server.requests.map((r) => r.schemaName);
    expect(schemas).toEqual(['conversations', 'scores', 'conversations', 'scores']);
    expect(server.requests[2].user).toContain('scored too low');
    expect(server.requests[1].system).toContain('Score each conversation from 1 to 10');
  });
});

describe('LLM judge grounding verdict', () => {
  it('counts a rejection for unsupported claims as ungrounded_by_judge (whatever the score), a low score as low_score', async () => {
    // Verdicts in the order the judge is asked: first batch of 3, then the regeneration of the 2 rejected.
    const verdicts = [
      [{ score: 8, grounded: true }, { score: 7, grounded: false }, { score: 3, grounded: true }],
      [{ score: 9, grounded: true }, { score: 2, grounded: false }],
    ];
    let judged = 0;
    const respond = (request: RecordedRequest) => {
      if (request.schemaName === 'scores') {
        const batch = verdicts[judged++];
        return { answer: { scores: batch.map((v, index) => ({ index, ...v, reason: v.grounded ? 'fine' : 'says things the excerpt does not' })) } };
      }
      return { answer: { conversations: Array.from({ length: askedFor(request).count }, () => freshConversation()) } };
    };
    const { result, sink, server } = await runJudged(respond);

    expect(result.accepted).toBe(2);
    expect(result.dropped).toEqual({ ungrounded_by_judge: 2, low_score: 1 });
    expect(result.record?.dropped).toEqual({ ungrounded_by_judge: 2, low_score: 1 });
    expect(sink.list.map((s) => s.qualityScore)).toEqual([8, 9]);
    const judge = server.requests[1];
    const verdict = (judge.schema as { properties: { scores: { items: { required: string[] } } } }).properties.scores.items;
    expect(verdict.required).toContain('grounded');
    expect(judge.system).toContain('"grounded"');
    expect(server.requests[2].user).toContain('says things the excerpt does not');
  });
});

describe('identify with an LLM', () => {
  const lines = ['Shipping', 'How long does delivery take?', 'Orders arrive in 3-5 working days.', 'Usually sooner.', 'Returns are free.'];

  it('keeps only in-range, ordered, non-overlapping spans', () => {
    const spans = [
      { question_start: 1, question_end: 1, answer_start: 2, answer_end: 3 },
      { question_start: 3, question_end: 3, answer_start: 4, answer_end: 4 }, // overlaps the first
      { question_start: 2, question_end: 4, answer_start: 5, answer_end: 9 }, // out of range
      { question_start: 4, question_end: 4, answer_start: 3, answer_end: 3 }, // answer before question
    ];
    expect(validSpans(spans, lines.length)).toEqual([spans[0]]);
    expect(conversationFromSpans(lines, [])).toBeUndefined();
  });

  it('cuts the exchange verbatim from the lines the model points at (Anthropic protocol)', async () => {
    agent = await startAgent([{ answer: { exchanges: [{ question_start: 1, question_end: 1, answer_start: 2, answer_end: 3 }] } }], { protocol: 'anthropic' });
    const check = await locateExchanges(agent.client, { systemPrompt: await readPromptFile(PROMPTS_DIR, 'system/identify_check.txt'), lines });

    expect(check.conversation).toEqual({
      turns: [
        { role: 'user', content: 'How long does delivery take?' },
        { role: 'assistant', content: 'Orders arrive in 3-5 working days.\nUsually sooner.' },
      ],
    });
    expect(check.costUsd).toBeGreaterThan(0);
    expect(agent.server.requests[0].user).toContain('1: How long does delivery take?');
    expect(agent.server.requests[0].schemaName).toBe('exchanges');
  });

  it('turns a detected candidate into numbered lines', () => {
    expect(candidateLines({ turns: [{ role: 'user', content: 'Q1\nmore' }, { role: 'assistant', content: 'A1' }] })).toEqual(['Q1', 'more', 'A1']);
  });
});
