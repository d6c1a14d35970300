// The failures seen with a tiny model behind a grammar-constrained local server, each reproduced by
// the weak-model server (tests/servers/weak-model.ts) and driven through the real openai SDK.
import { afterEach, describe, expect, it } from 'vitest';
import { runCreateAgent, type AgentRunOptions } from '../../src/core/agents/create/create-agent.js';
import { createAgentClient } from '../../src/core/llm/client.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { weakModel } from '../servers/weak-model.js';
import { chunk, MemoryJournal, MemorySink, PROMPTS_DIR, startAgent, type Agent } from './helpers.js';

let agent: Agent | undefined;
let server: ScriptedServer | undefined;
afterEach(async () => {
  await agent?.server.close();
  await server?.close();
  agent = undefined;
  server = undefined;
});

const TWO_CHUNKS = [chunk('a.txt', 0), chunk('b.txt', 0)];

function run(a: Pick<Agent, 'client'>, options: Partial<AgentRunOptions> = {}) {
  const journal = new MemoryJournal();
  const sink = new MemorySink();
  const result = runCreateAgent({
    client: a.client,
    promptsDir: PROMPTS_DIR,
    chunks: TWO_CHUNKS,
    target: 4,
    settings: { variety: 'medium', turns: 1, samplesPerCall: 2 },
    journal,
    sink,
    maxPasses: 1,
    ...options,
  });
  return { result, journal, sink };
}

describe('a weak grammar-constrained model', () => {
  it('recovers JSON written after a sentence in a fence, without a repair request', async () => {
    agent = await startAgent(weakModel(['prose-fence']));
    const { result } = run(agent);
    expect(await result).toMatchObject({ accepted: 4, jobsFailed: 0 });
    expect(agent.server.requests).toHaveLength(2);
  });

  it('recovers a bare JSON object between two sentences', async () => {
    agent = await startAgent(weakModel(['prose-json']));
    const { result } = run(agent);
    expect(await result).toMatchObject({ accepted: 4, jobsFailed: 0 });
    expect(agent.server.requests).toHaveLength(2);
  });

  it('gets the list sizes in the schema, so an empty list is not a legal answer', async () => {
    agent = await startAgent(weakModel(['empty']));
    const { result } = run(agent);
    expect(await result).toMatchObject({ accepted: 4, jobsFailed: 0 });
    const schema = agent.server.requests[0].schema as { properties: { conversations: { minItems: number; maxItems: number } } };
    expect(schema.properties.conversations).toMatchObject({ minItems: 2, maxItems: 2 });
  });

  it('rejects the empty list on our side for a host that gets no sizes (Mistral)', async () => {
    server = await startScriptedServer('openai', weakModel(['empty']));
    const env = { MISTRAL_API_KEY: 'test-mistral-0123456789', MISTRAL_BASE_URL: server.baseURL };
    const client = await createAgentClient({ provider: 'mistral', model: 'mistral-small-latest', env, timeoutMs: 5000, maxRetries: 0 });
    const { result, journal } = run({ client });
    expect(await result).toMatchObject({ accepted: 0, jobsFailed: 2 });
    expect(JSON.stringify(server.requests[0].schema)).not.toContain('minItems');
    expect([...journal.failed.values()][0]).toContain('the conversations list is empty');
  });

  it('bounds every call by max_tokens and reports a runaway answer as cut off at the token limit', async () => {
    agent = await startAgent(weakModel(['runaway']));
    const { result, journal } = run(agent);
    expect(await result).toMatchObject({ accepted: 0, jobsFailed: 2 });
    // 2 conversations x (1 exchange x 700 + 60) + 50
    expect(agent.server.requests.map((r) => r.maxTokens)).toEqual([1570, 1570, 1570, 1570]);
    const error = [...journal.failed.values()][0];
    expect(error).toContain('cut off at the token limit (1570 tokens)');
    expect(error).not.toContain('Unterminated string');
  });

  it('drops off-topic nonsense as ungrounded instead of storing it', async () => {
    agent = await startAgent(weakModel(['off-topic']));
    const { result, sink } = run(agent);
    expect(await result).toMatchObject({ accepted: 0, dropped: { ungrounded: 4 }, stoppedBy: 'exhausted' });
    expect(sink.list).toEqual([]);
  });

  it('counts short nonsense as ungrounded and a short grounded answer as too short', async () => {
    // Answers the real stories260K model wrote under the generation schema (tests/servers/llama-server.ts).
    const pair = (user: string, assistant: string) => ({ turns: [{ user, assistant }], keywords: ['x'] });
    agent = await startAgent([{ answer: { conversations: [pair('Why bread is soft,', "It's a pigeon,"), pair('How long is the warranty?', 'Two years.')] } }]);
    const { result } = run(agent, { chunks: [chunk('a.txt', 0)], target: 2 });
    expect((await result).dropped).toEqual({ ungrounded: 1, too_short: 1 });
  });

  it('keeps grounded samples next to off-topic ones from the same model', async () => {
    agent = await startAgent(weakModel(['off-topic', 'grounded']));
    const { result, sink } = run(agent, { concurrency: 1 });
    expect(await result).toMatchObject({ accepted: 2, dropped: { ungrounded: 2 } });
    expect(sink.list.every((s) => s.conversation.turns[1].content.startsWith('The warranty covers repairs'))).toBe(true);
  });

  it('sends the judge its score range, so a grammar cannot answer -5111', async () => {
    agent = await startAgent(weakModel(['grounded'], { judge: 'out-of-range' }));
    const { result, sink } = run(agent, { judge: { minScore: 6 } });
    expect(await result).toMatchObject({ accepted: 4 });
    expect(sink.list.map((s) => s.qualityScore)).toEqual([8, 8, 8, 8]);
    const judged = agent.server.requests.find((r) => r.schemaName === 'scores');
    expect(JSON.stringify(judged?.schema)).toContain('"minimum":1,"maximum":10');
  });
});
