// The shared generation loop, driven through create mode against a local OpenAI-protocol server.
import { afterEach, describe, expect, it } from 'vitest';
import { runCreateAgent, type AgentRunOptions } from '../../src/core/agents/create/create-agent.js';
import type { GenerationEvent } from '../../src/core/agents/generation.js';
import { CancelledError } from '../../src/core/errors.js';
import { Budget } from '../../src/core/llm/budget.js';
import { LlmError } from '../../src/core/llm/errors.js';
import { askedFor, freshConversation, writer } from '../servers/writer.js';
import { chunk, MemoryJournal, MemorySink, PROMPTS_DIR, startAgent, type Agent } from './helpers.js';

let agent: Agent | undefined;
afterEach(async () => {
  await agent?.server.close();
  agent = undefined;
});

function run(a: Agent, options: Partial<AgentRunOptions> & Pick<AgentRunOptions, 'chunks' | 'target'>) {
  return runCreateAgent({
    client: a.client,
    promptsDir: PROMPTS_DIR,
    settings: { variety: 'medium', turns: 1, samplesPerCall: 1 },
    journal: new MemoryJournal(),
    sink: new MemorySink(),
    ...options,
  });
}

describe('runGeneration', () => {
  it('visits chunks round-robin across files and keeps each sample’s source', async () => {
    agent = await startAgent(writer());
    const chunks = ['a.pdf', 'b.docx', 'c.txt'].flatMap((file) => [chunk(file, 0), chunk(file, 1)]);
    const sink = new MemorySink();
    const result = await run(agent, { chunks, target: 6, sink, concurrency: 1 });

    expect(result).toMatchObject({ accepted: 6, stoppedBy: 'target', jobsRun: 6 });
    expect(agent.server.requests.map((r) => askedFor(r).source)).toEqual([
      'a.pdf, page 1', 'b.docx, page 1', 'c.txt, page 1', 'a.pdf, page 2', 'b.docx, page 2', 'c.txt, page 2',
    ]);
    expect(sink.list.map((s) => `${s.source.file}/${s.source.location}`)).toEqual([
      'a.pdf/page 1', 'b.docx/page 1', 'c.txt/page 1', 'a.pdf/page 2', 'b.docx/page 2', 'c.txt/page 2',
    ]);
    expect(sink.list[0]).toMatchObject({ origin: 'generated', keywords: ['topic', 'other'], chunkId: 'a.pdf#0' });
    expect(sink.list[0].conversation.turns.map((t) => t.role)).toEqual(['user', 'assistant']);
  });

  it('batches several conversations per call and grounds the prompt in the chunk', async () => {
    agent = await startAgent(writer({ turns: 2 }));
    const sink = new MemorySink();
    const result = await runCreateAgent({
      client: agent.client, promptsDir: PROMPTS_DIR, chunks: [chunk('a.pdf', 0), chunk('b.pdf', 0)], target: 10,
      settings: { variety: 'low', turns: 2, samplesPerCall: 5 }, journal: new MemoryJournal(), sink,
    });

    expect(result.accepted).toBe(10);
    expect(agent.server.requests).toHaveLength(2);
    // One hand-over (one SQLite commit in the pipeline) per call, holding that call's five samples only.
    expect(sink.batches.map((keys) => keys.length)).toEqual([5, 5]);
    expect(sink.batches.map((keys) => new Set(keys).size)).toEqual([1, 1]);
    expect(sink.batches[0][0]).not.toBe(sink.batches[1][0]);
    const first = agent.server.requests[0];
    expect(first.system).toContain('Use only facts stated in the excerpt');
    expect(first.system).toContain('Write 5 conversation(s), each with exactly 2 user/assistant exchange(s)');
    expect(first.user).toContain('<excerpt>\nThe warranty covers repairs');
    expect(first.body.temperature).toBe(0.3);
    expect(sink.list[0].conversation.turns).toHaveLength(4);
  });

  it('drops filtered, duplicate and invalid conversations, counted by reason, and keeps the valid ones', async () => {
    const good = freshConversation();
    const pair = (user: string, assistant: string) => ({ turns: [{ user, assistant }], keywords: ['x'] });
    agent = await startAgent([
      {
        answer: {
          conversations: [
            good,
            pair('How long is the warranty?', "I'm sorry, but I can't help with that request."),
            pair('Who repairs it?', 'As an AI language model, I think the store repairs the device.'),
            pair('What is the warranty period?', 'The warranty period is what it is.'),
            pair('Is there a receipt?', ''),
            pair('Combien de temps dure la garantie ?', 'La garantie couvre les réparations pendant deux ans à partir de la date d’achat, et le magasin remplace l’appareil.'),
            good,
            { turns: [{ user: 'missing keywords', assistant: 'so this item does not match the schema' }] },
          ],
        },
      },
      { answer: { conversations: [freshConversation()] } },
    ]);
    const result = await run(agent, { chunks: [chunk('a.pdf', 0)], target: 2, settings: { variety: 'medium', turns: 1, samplesPerCall: 8 } });

    expect(result.accepted).toBe(2);
    expect(result.dropped).toEqual({ refusal: 1, boilerplate: 1, restated_question: 1, empty_turn: 1, language_mismatch: 1, duplicate: 1, invalid: 1 });
    expect(agent.server.requests).toHaveLength(2);
  });

  it('skips journaled jobs on resume and gives a repeated job the same sample ids', async () => {
    agent = await startAgent(writer());
    const chunks = [0, 1, 2, 3].map((i) => chunk('a.pdf', i));
    const journal = new MemoryJournal();
    const sink = new MemorySink();
    const settings = { variety: 'medium' as const, turns: 1, samplesPerCall: 2 };
    const first = await run(agent, { chunks, target: 4, journal, sink, settings, concurrency: 1 });
    expect(first.accepted).toBe(4);
    expect(journal.done.size).toBe(2);

    const events: GenerationEvent[] = [];
    const second = await run(agent, { chunks, target: 4, journal, sink, settings, concurrency: 1, onProgress: (e) => events.push(e) });
    expect(second).toMatchObject({ accepted: 4, jobsSkipped: 2, jobsRun: 2 });
    expect(events.filter((e) => e.type === 'job-skipped')).toHaveLength(2);
    expect(agent.server.requests.map((r) => askedFor(r).source)).toEqual(['a.pdf, page 1', 'a.pdf, page 2', 'a.pdf, page 3', 'a.pdf, page 4']);
    expect(sink.samples.size).toBe(8);

    // A job that ran but was not journaled (crash before markDone) offers the same ids again: the sink refuses them.
    const replay = new MemorySink();
    replay.acceptAll(sink.list.slice(0, 2));
    const third = await run(agent, { chunks: chunks.slice(0, 1), target: 2, sink: replay, settings, concurrency: 1, maxPasses: 1 });
    expect(third.accepted).toBe(0);
    expect(third.stoppedBy).toBe('exhausted');
  });

  it('resumes past the passes already journaled, whatever target is left', async () => {
    agent = await startAgent(writer());
    const journal = new MemoryJournal();
    const sink = new MemorySink();
    const settings = { variety: 'medium' as const, turns: 1, samplesPerCall: 2 };
    await run(agent, { chunks: [chunk('a.pdf', 0)], target: 6, journal, sink, settings, concurrency: 1 });
    const resumed = await run(agent, { chunks: [chunk('a.pdf', 0)], target: 4, journal, sink, settings, concurrency: 1, maxPasses: 2 });

    expect(resumed).toMatchObject({ accepted: 4, jobsSkipped: 3, jobsRun: 2, stoppedBy: 'target' });
    expect(agent.server.requests).toHaveLength(5);
    expect(sink.samples.size).toBe(10);
  });

  it('stops at the budget cap headless, after the calls already paid', async () => {
    agent = await startAgent(writer({ usage: { input: 1_000_000, output: 0 } }));
    const budget = new Budget({ maxUsd: 0.3 }); // gpt-4o-mini input: 0.15 USD per 1M tokens
    const events: GenerationEvent[] = [];
    const result = await run(agent, { chunks: [0, 1, 2, 3, 4].map((i) => chunk('a.pdf', i)), target: 5, budget, concurrency: 1, onProgress: (e) => events.push(e) });

    expect(result.stoppedBy).toBe('budget');
    expect(result.accepted).toBe(2);
    expect(agent.server.requests).toHaveLength(2);
    expect(result.costUsd).toBeCloseTo(0.3, 10);
    expect(events).toContainEqual({ type: 'budget-stop', spentUsd: expect.closeTo(0.3, 10), capUsd: 0.3 });
  });

  it('records a job that stays malformed as failed and goes on with the next chunk', async () => {
    agent = await startAgent((request) => (askedFor(request).file === 'bad.pdf' ? { text: 'not json' } : writer()(request)));
    const journal = new MemoryJournal();
    const result = await run(agent, { chunks: [chunk('bad.pdf', 0), chunk('good.pdf', 0)], target: 1, journal, concurrency: 1 });

    expect(result).toMatchObject({ accepted: 1, jobsFailed: 1, stoppedBy: 'target' });
    expect([...journal.failed.values()][0]).toContain('still unusable after one repair');
    expect(journal.done.size).toBe(1);
    expect(agent.server.requests.filter((r) => askedFor(r).file === 'bad.pdf')).toHaveLength(2);
  });

  it('ends the run on a rejected key instead of failing every chunk', async () => {
    agent = await startAgent([{ status: 401, message: 'bad key' }]);
    const error = await run(agent, { chunks: [0, 1, 2, 3, 4, 5].map((i) => chunk('a.pdf', i)), target: 6, concurrency: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).kind).toBe('auth');
    expect(agent.server.requests.length).toBeLessThanOrEqual(2);
  });

  it('stops in-flight calls when cancelled, journaling nothing', async () => {
    agent = await startAgent([{ hang: true }], { timeoutMs: 10_000 });
    const controller = new AbortController();
    const journal = new MemoryJournal();
    setTimeout(() => controller.abort(), 150);
    const started = Date.now();
    const error = await run(agent, { chunks: [0, 1, 2].map((i) => chunk('a.pdf', i)), target: 3, journal, signal: controller.signal, concurrency: 3 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(CancelledError);
    expect(Date.now() - started).toBeLessThan(3_000); // far below the 10 s timeout
    expect(journal.done.size + journal.failed.size).toBe(0);
    await expect.poll(() => agent!.server.abandoned).toBe(3);
  });

  it('never has more jobs in flight than its concurrency', async () => {
    agent = await startAgent(writer({ delayMs: 15 }), { concurrency: 16 });
    const result = await run(agent, { chunks: Array.from({ length: 20 }, (_, i) => chunk(`f${i % 4}.txt`, i)), target: 20, concurrency: 3 });
    expect(result.accepted).toBe(20);
    expect(agent.server.maxInFlight).toBe(3);
  });

  it('stops when passes over the chunks stop yielding new samples', async () => {
    const same = freshConversation();
    agent = await startAgent([{ answer: { conversations: [same] } }]);
    const result = await run(agent, { chunks: [chunk('a.pdf', 0), chunk('b.pdf', 0)], target: 50 });
    expect(result.accepted).toBe(1);
    expect(result.stoppedBy).toBe('exhausted');
    expect(result.dropped.duplicate).toBeGreaterThanOrEqual(3);
  });

  it('refuses to count near-duplicates of samples already in the dataset', async () => {
    const known = freshConversation();
    agent = await startAgent([{ answer: { conversations: [known] } }, { answer: { conversations: [freshConversation()] } }]);
    const text = `${known.turns[0].user}\n${known.turns[0].assistant}`;
    const result = await run(agent, { chunks: [chunk('a.pdf', 0)], target: 1, concurrency: 1, dedup: { seen: [{ id: 'old', text }] } });
    expect(result).toMatchObject({ accepted: 1, dropped: { duplicate: 1 } });
  });
});
