import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findFreeInstructions } from '../../src/core/agents/free/free-instructions.js';
import { runFreeAgent } from '../../src/core/agents/free/free-agent.js';
import { planHybrid, runHybridAgent } from '../../src/core/agents/hybrid.js';
import { ConfigError } from '../../src/core/errors.js';
import { freshConversation, writer } from '../servers/writer.js';
import { chunk, MemoryJournal, MemorySink, startAgent, type Agent } from './helpers.js';

let agent: Agent | undefined;
afterEach(async () => {
  await agent?.server.close();
  agent = undefined;
});

async function promptsWith(freePrompt?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ftdb-prompts-'));
  if (freePrompt !== undefined) {
    await mkdir(path.join(dir, 'free_mode'), { recursive: true });
    await writeFile(path.join(dir, 'free_mode', 'prompt.txt'), freePrompt);
  }
  return dir; // system/*.txt fall back to the packaged defaults
}

const settings = { variety: 'medium' as const, turns: 1, samplesPerCall: 2 };

describe('free mode', () => {
  it('takes explicit instructions first, then the user’s prompt file, else nothing', async () => {
    const withFile = await promptsWith('Write pirate-themed questions.\n');
    expect(await findFreeInstructions({ promptsDir: withFile, usePromptFile: true })).toEqual({ text: 'Write pirate-themed questions.', origin: 'prompts/free_mode/prompt.txt' });
    expect(await findFreeInstructions({ promptsDir: withFile, usePromptFile: true, instructions: 'Be formal.' })).toMatchObject({ text: 'Be formal.' });
    expect(await findFreeInstructions({ promptsDir: withFile, usePromptFile: false })).toBeUndefined();
    expect(await findFreeInstructions({ promptsDir: await promptsWith('  \n'), usePromptFile: true })).toBeUndefined();
  });

  it('refuses to run without instructions, with a hint', async () => {
    agent = await startAgent(writer());
    const error = await runFreeAgent({
      client: agent.client, promptsDir: await promptsWith(), usePromptFile: true, settings, chunks: [chunk('a.pdf', 0)], target: 2,
      journal: new MemoryJournal(), sink: new MemorySink(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).hint).toContain('--instructions');
    expect(agent.server.requests).toHaveLength(0);
  });

  it('puts the prompt file’s instructions in the system prompt and grounds in the chunks', async () => {
    agent = await startAgent(writer());
    const sink = new MemorySink();
    const result = await runFreeAgent({
      client: agent.client, promptsDir: await promptsWith('Write pirate-themed questions.'), usePromptFile: true, settings,
      chunks: [chunk('a.pdf', 0)], target: 2, journal: new MemoryJournal(), sink,
    });
    expect(result.accepted).toBe(2);
    expect(agent.server.requests[0].system).toContain('<instructions>\nWrite pirate-themed questions.\n</instructions>');
    expect(agent.server.requests[0].user).toContain('<excerpt>');
    expect(sink.list[0].source).toEqual({ file: 'a.pdf', location: 'page 1' });
  });

  it('writes from the instructions alone when there are no documents', async () => {
    agent = await startAgent(writer());
    const sink = new MemorySink();
    const result = await runFreeAgent({
      client: agent.client, promptsDir: await promptsWith(), usePromptFile: true, instructions: 'Questions about baking bread.', settings,
      chunks: [], target: 4, journal: new MemoryJournal(), sink,
    });
    expect(result.accepted).toBe(4);
    expect(agent.server.requests[0].user).toContain('no document excerpt');
    expect(sink.list.every((s) => s.source.file === 'instructions')).toBe(true);
  });
});

describe('hybrid mode', () => {
  it('plans generation from the ratio, filling in when too few conversations were found', () => {
    expect(planHybrid(80, 100, 0.5)).toEqual({ keepIdentified: 50, generate: 50 });
    expect(planHybrid(20, 100, 0.5)).toEqual({ keepIdentified: 20, generate: 80 });
    expect(planHybrid(500, 100, 0)).toEqual({ keepIdentified: 100, generate: 0 });
    expect(planHybrid(500, 100, 1)).toEqual({ keepIdentified: 0, generate: 100 });
    expect(planHybrid(0, 10, 0.3)).toEqual({ keepIdentified: 0, generate: 10 });
  });

  it('drops generated conversations that duplicate identified ones', async () => {
    const identified = freshConversation();
    const copy = { turns: identified.turns, keywords: ['copy'] };
    agent = await startAgent([{ answer: { conversations: [copy, freshConversation()] } }, { answer: { conversations: [freshConversation()] } }]);
    const asConversation = { turns: identified.turns.flatMap((p) => [{ role: 'user' as const, content: p.user }, { role: 'assistant' as const, content: p.assistant }]) };
    const sink = new MemorySink();
    const result = await runHybridAgent({
      client: agent.client, promptsDir: path.resolve('prompts'), settings, chunks: [chunk('a.pdf', 0), chunk('b.pdf', 0)], target: 2,
      identified: [{ id: 'found-1', conversation: asConversation }], journal: new MemoryJournal(), sink,
    });
    expect(result).toMatchObject({ accepted: 2, dropped: { duplicate: 1 } });
    expect(sink.list.some((s) => s.conversation.turns[0].content === identified.turns[0].user)).toBe(false);
  });
});
