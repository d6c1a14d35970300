import { describe, expect, it } from 'vitest';
import { assistant, chat, lineRules, user } from './helpers.js';

const system = (content: string) => ({ role: 'system', content });
const mistral = (line: unknown) => lineRules('mistral', 'open-mistral-7b', line);
const toolCall = (id: string, name = 'anagram', extra: Record<string, unknown> = {}) => ({
  role: 'assistant',
  ...extra,
  tool_calls: [{ id, type: 'function', function: { name, arguments: '{"word":"listen"}' } }],
});
const tools = [{ type: 'function', function: { name: 'anagram', description: 'Anagram of a word', parameters: { type: 'object' } } }];

describe('Mistral line rules', () => {
  it('accepts a valid tool-calling line (the docs example)', async () => {
    const line = {
      messages: [
        system('You can call functions.'),
        user('Anagram of listen?'),
        toolCall('TX92Jm8Zi'),
        { role: 'tool', content: '{"anagram":"silent"}', tool_call_id: 'TX92Jm8Zi' },
        assistant('silent'),
      ],
      tools,
    };
    expect(await mistral(line)).toEqual([]);
  });

  it.each([
    ['system_placement:error', chat(system('a'), user('Hi'), system('b'), assistant('Hello'))],
    ['role_order:error', chat(user('Hi'), { role: 'tool', content: '1', tool_call_id: 'TX92Jm8Zi' }, assistant('Hello'))],
    ['last_message_not_assistant:error', chat(user('Hi'), assistant('Hello'), user('Thanks'))],
    ['message_unrecognized_key:error', chat({ ...user('Hi'), name: 'bob' }, assistant('Hello'))],
    ['invalid_weight:error', chat(user('Hi'), { ...assistant('Hello'), weight: 0.5 })],
    [
      'tool_calls_invalid:error',
      {
        messages: [
          user('Anagram?'),
          toolCall('call_123456'),
          { role: 'tool', content: '1', tool_call_id: 'call_123456' },
          assistant('silent'),
        ],
        tools,
      },
    ],
    [
      'tool_calls_invalid:error',
      {
        messages: [
          user('Anagram?'),
          toolCall('TX92Jm8Zi', 'anagram', { content: 'Let me check' }),
          { role: 'tool', content: '1', tool_call_id: 'TX92Jm8Zi' },
          assistant('silent'),
        ],
        tools,
      },
    ],
    [
      'tool_calls_invalid:error',
      {
        messages: [user('Anagram?'), toolCall('TX92Jm8Zi'), { role: 'tool', content: '1', tool_call_id: 'TX92Jm8Zi' }, assistant('silent')],
      },
    ],
    [
      'invalid_tools:error',
      { messages: [user('Anagram?'), assistant('silent')], tools: [{ type: 'function', function: { name: 'anagram' } }] },
    ],
  ])('reports %s', async (rule, line) => {
    expect(await mistral(line)).toContain(rule);
  });

  it('warns over its (unverified) 32,768-token sequence length, as the API packs and cuts', async () => {
    expect(await mistral(chat(user('hello '.repeat(34_000)), assistant('ok')))).toContain('tokens_over_limit:warning');
  });
});

describe('Llama 3.1 line rules per host', () => {
  it.each([
    ['llama-3.1-8b', 'system_placement:error', chat(user('Hi'), system('Be brief.'), assistant('Hello'))],
    ['llama-3.1-8b', 'role_order:error', chat(assistant('Hello'), user('Hi'), assistant('Hello'))],
    ['llama-3.1-8b', 'role_order:error', chat(user('Hi'), user('Hi?'), assistant('Hello'))],
    ['llama-3.1-8b', 'unrecognized_key:error', { messages: [user('Hi'), assistant('Hello')], text: 'Hi Hello' }],
    ['llama-3.1-8b', 'invalid_weight:error', chat(user('Hi'), { ...assistant('Hello'), weight: true })],
    ['llama-3.1-8b', 'unrecognized_role:error', chat(user('Hi'), { role: 'tool', content: '1' }, assistant('Hello'))],
    ['llama-3.1-70b-fireworks', 'system_placement:error', chat(user('Hi'), system('Be brief.'), assistant('Hello'))],
    ['llama-3.1-70b-fireworks', 'last_message_not_assistant:warning', chat(user('Hi'), assistant('Hello'), user('Bye'))],
    ['llama-3.1-8b-hf', 'message_unrecognized_key:warning', chat({ ...user('Hi'), lang: 'en' }, assistant('Hello'))],
    ['llama-3.1-8b-bedrock', 'unrecognized_key:error', chat(user('Hi'), assistant('Hello'))],
    ['llama-3.1-8b-bedrock', 'unrecognized_key:warning', { prompt: 'Hi', completion: 'Hello', id: 1 }],
    ['llama-3.1-8b-bedrock', 'missing_prompt_completion:error', { prompt: 'Hi' }],
    ['llama-3.1-8b-bedrock', 'missing_prompt_completion:error', { prompt: 'Hi', completion: ['Hello'] }],
    ['llama-3.1-8b-bedrock', 'missing_content:error', { prompt: 'Hi', completion: ' ' }],
    ['llama-3.1-8b-bedrock', 'tokens_over_limit:error', { prompt: ' hello'.repeat(16_000), completion: 'ok' }],
    ['llama-3.1-8b-bedrock', 'tokens_near_limit:warning', { prompt: ' hello'.repeat(15_500), completion: 'ok' }],
  ])('%s reports %s', async (model, rule, line) => {
    expect(await lineRules('llama', model, line)).toContain(rule);
  });

  it('accepts valid lines on every host', async () => {
    expect(await lineRules('llama', 'llama-3.1-8b-bedrock', { prompt: 'Hi', completion: 'Hello' })).toEqual([]);
    for (const model of ['llama-3.1-8b', 'llama-3.1-8b-fireworks', 'llama-3.1-8b-hf']) {
      expect(await lineRules('llama', model, chat(system('Be brief.'), user('Hi'), { ...assistant('Hello'), weight: 1 }))).toEqual(
        model.endsWith('hf') ? ['message_unrecognized_key:warning'] : [],
      );
    }
  });
});
