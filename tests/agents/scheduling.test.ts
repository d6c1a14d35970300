// Scheduling with the observed yield: when about half of what is offered survives, the loop keeps
// its concurrency full instead of assuming every call yields samples_per_chunk, and what it paid for
// beyond the target (over-generation) stays within one call's worth and is reported.
import { afterEach, describe, expect, it } from 'vitest';
import { runCreateAgent } from '../../src/core/agents/create/create-agent.js';
import { pickIdentified } from '../../src/core/agents/hybrid.js';
import { CallScheduler } from '../../src/core/agents/generation/scheduler.js';
import type { RecordedRequest } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { chunk, MemoryJournal, MemorySink, PROMPTS_DIR, startAgent, type Agent } from './helpers.js';

let agent: Agent | undefined;
afterEach(async () => {
  await agent?.server.close();
  agent = undefined;
});

/** Every other conversation is a copy of the previous one: half survive dedup. */
function halfDuplicates() {
  const write = writer();
  let served = 0;
  let last: unknown;
  return (request: RecordedRequest) => {
    const step = write(request) as { answer: { conversations: unknown[] } };
    const conversations = step.answer.conversations.map((conversation) => {
      served++;
      if (served % 2 === 0 && last !== undefined) return last;
      last = conversation;
      return conversation;
    });
    return { answer: { conversations }, delayMs: 60 };
  };
}

describe('scheduling', () => {
  it('keeps more calls in flight than target / samples_per_chunk when half survive, over-generating at most one call’s worth', async () => {
    agent = await startAgent(halfDuplicates(), { concurrency: 8 });
    const chunks = Array.from({ length: 12 }, (_, i) => chunk(`f${i % 4}.txt`, i));
    const result = await runCreateAgent({
      client: agent.client, promptsDir: PROMPTS_DIR, chunks, target: 20, concurrency: 8,
      settings: { variety: 'medium', turns: 1, samplesPerCall: 5 }, journal: new MemoryJournal(), sink: new MemorySink(),
    });
    expect(result.accepted).toBe(20);
    // The old rule (calls in flight x 5 >= samples still wanted) never had more than 20 / 5 = 4 calls
    // out; planned with the observed yield (~0.5), the second wave has more.
    expect(agent.server.maxInFlight).toBeGreaterThan(4);
    expect(result.record?.over_generation).toBeLessThanOrEqual(5);
    expect(result.dropped.duplicate).toBeGreaterThan(0);
  });

  it('plans from the yield it has seen, starting from the hope that every sample survives', () => {
    const scheduler = new CallScheduler({ target: 20, concurrency: 8, samplesPerCall: 5, failLimit: 5, stallLimit: 3 });
    for (let i = 0; i < 4; i++) scheduler.started(scheduler.nextAsk(0));
    expect(scheduler.nextAsk(0)).toBe(0); // 4 x 5 asked covers 20 if all survive
    scheduler.finished(5, 2);
    // yield (2 + 1) / (5 + 1) = 0.5: 3 x 5 x 0.5 = 7.5 expected in flight, 10.5 still needed
    expect(scheduler.yieldRate).toBe(0.5);
    expect(scheduler.nextAsk(2)).toBe(5);
    scheduler.failed(5);
    expect(scheduler.inFlight).toBe(2);
    expect(scheduler.stopReason(20)).toBe('target');
  });
});

describe('a call whose answer is back', () => {
  it('frees its place for the next call, counting as yielding all it asked until it settles', () => {
    const scheduler = new CallScheduler({ target: 20, concurrency: 2, samplesPerCall: 5, failLimit: 5, stallLimit: 3 });
    scheduler.started(5);
    scheduler.started(5);
    expect(scheduler.nextAsk(0)).toBe(0); // both places taken
    scheduler.answered(5);
    // 5 waiting at yield 1 + 5 being screened (at most 5) = 10 of 20: another call is needed whatever the screening keeps
    expect(scheduler.nextAsk(0)).toBe(5);
    expect(scheduler.inFlight).toBe(2);
    scheduler.finished(5, 2, true);
    expect(scheduler.inFlight).toBe(1);
    expect(scheduler.yieldRate).toBe(0.5);
  });

  it('does not start a call at the tail that only the screening could make unneeded', () => {
    const scheduler = new CallScheduler({ target: 6, concurrency: 2, samplesPerCall: 5, failLimit: 5, stallLimit: 3 });
    scheduler.started(5);
    scheduler.finished(5, 2); // yield (2 + 1) / (5 + 1) = 0.5
    scheduler.started(5); // 2 accepted + 5 x 0.5 expected: 1.5 short
    expect(scheduler.nextAsk(2)).toBe(3);
    scheduler.answered(5);
    // being screened it may yield 5: 2 + 5 >= 6, so the next call waits for the screening to settle
    expect(scheduler.nextAsk(2)).toBe(0);
    scheduler.finished(5, 1, true);
    expect(scheduler.nextAsk(3)).toBeGreaterThan(0);
  });
});

describe('hybrid', () => {
  it('keeps identified conversations across files in turn, not all from the first', () => {
    const found = ['a', 'a', 'a', 'a', 'b', 'b', 'c'].map((file, i) => ({ id: `${file}${i}`, source: { file } }));
    expect(pickIdentified(found, 4).map((s) => s.id)).toEqual(['a0', 'b4', 'c6', 'a1']);
  });
});
