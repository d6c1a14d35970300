// identify.use_llm: only low-confidence candidates go to the LLM, which can only point at lines and
// can only add or confirm: whatever it answers (or fails to), the pattern-found conversations stay.
import { afterEach, describe, expect, it } from 'vitest';
import type { IdentifiedConversation } from '../../src/core/agents/identify.js';
import { defaultConfig } from '../../src/core/config/schema.js';
import { checkUncertainCandidates } from '../../src/core/pipeline/identify-llm-check.js';
import { envFor } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';

const PROMPTS = new URL('../../prompts', import.meta.url).pathname;

function candidate(question: string, answer: string, confidence: number): IdentifiedConversation {
  return {
    conversation: { turns: [{ role: 'user', content: question }, { role: 'assistant', content: answer }] },
    source: { file: 'notes.md', location: 'line 1' },
    shape: 'heading-faq',
    confidence,
  };
}

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

describe('LLM second opinion on uncertain identify candidates', () => {
  it('keeps confident ones untouched, adds the exchange it locates verbatim, keeps the rejected', async () => {
    const sure = candidate('How do I reset it?', 'Hold the button for ten seconds.', 0.95);
    const trimmed = candidate('Release notes', 'Is the app free?\nYes, the app is free.\nMore notes follow.', 0.6);
    const rejected = candidate('Changelog', 'Fixed a crash on start.', 0.6);
    server = await startScriptedServer('openai', (request) =>
      request.user.includes('Is the app free?')
        ? { answer: { exchanges: [{ question_start: 1, question_end: 1, answer_start: 2, answer_end: 2 }] } }
        : { answer: { exchanges: [] } },
    );
    const config = { ...defaultConfig(), system: { ...defaultConfig().system, agentic_llm: 'openai' as const, agentic_model: 'gpt-4o-mini' } };
    const { kept, costUsd, summary } = await checkUncertainCandidates([sure, trimmed, rejected], {
      config,
      env: envFor(server),
      promptsDir: PROMPTS,
      emit: () => {},
    });
    expect(server.requests).toHaveLength(2);
    expect(kept.map((c) => c.conversation.turns.map((t) => t.content))).toEqual([
      ['How do I reset it?', 'Hold the button for ten seconds.'],
      ['Release notes', 'Is the app free?\nYes, the app is free.\nMore notes follow.'],
      ['Is the app free?', 'Yes, the app is free.'],
      ['Changelog', 'Fixed a crash on start.'],
    ]);
    expect(summary).toEqual({ checked: 2, confirmed: 0, added: 1, unchecked: 0 });
    expect(costUsd).toBeGreaterThan(0);
  });

  it('keeps every candidate when the agent LLM fails, and says how many it could not check', async () => {
    const found = [candidate('Why is it slow?', 'The cache is cold.', 0.6), candidate('Where are logs?', 'In /var/log.', 0.6)];
    server = await startScriptedServer('openai', () => ({ status: 400, message: 'model not found' }));
    const config = { ...defaultConfig(), system: { ...defaultConfig().system, agentic_llm: 'openai' as const, agentic_model: 'gpt-4o-mini' } };
    const messages: string[] = [];
    const { kept, summary } = await checkUncertainCandidates(found, {
      config,
      env: envFor(server),
      promptsDir: PROMPTS,
      emit: (e) => void ('message' in e && messages.push(e.message)),
    });
    expect(kept).toEqual(found);
    expect(summary).toEqual({ checked: 2, confirmed: 0, added: 0, unchecked: 2 });
    expect(messages.at(-1)).toContain('could not check 2');
  });

  it('confirms a candidate the model locates as it is', async () => {
    const found = [candidate('Why is it slow?', 'The cache is cold.', 0.6)];
    server = await startScriptedServer('openai', () => ({ answer: { exchanges: [{ question_start: 0, question_end: 0, answer_start: 1, answer_end: 1 }] } }));
    const config = { ...defaultConfig(), system: { ...defaultConfig().system, agentic_llm: 'openai' as const, agentic_model: 'gpt-4o-mini' } };
    const { kept, summary } = await checkUncertainCandidates(found, { config, env: envFor(server), promptsDir: PROMPTS, emit: () => {} });
    expect(summary.confirmed).toBe(1);
    expect(kept).toHaveLength(1);
    expect(kept[0].confidence).toBe(1);
  });
});
