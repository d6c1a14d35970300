import { describe, expect, it } from 'vitest';
import { assistant, chat, lineRules, user } from './helpers.js';

const ok = [user('Hi'), assistant('Hello!')];
const call = (args: string, id = 'call_1') => ({
  role: 'assistant',
  tool_calls: [{ id, type: 'function', function: { name: 'get_weather', arguments: args } }],
});

describe('OpenAI line rules', () => {
  it('accepts a valid line with system, tools, weight and a tool round trip', async () => {
    const line = {
      messages: [
        { role: 'system', content: 'Be brief.' },
        user('Weather in Paris?'),
        call('{"city":"Paris"}'),
        { role: 'tool', tool_call_id: 'call_1', content: '21' },
        { ...assistant('21 °C.'), weight: 1 },
      ],
      tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
      parallel_tool_calls: false,
    };
    expect(await lineRules('openai', 'gpt-4o-mini', line)).toEqual([]);
  });

  it.each([
    ['data_type:error', [1, 2]],
    ['data_type:error', 'just text'],
    ['data_type:error', null],
    ['missing_messages_list:error', {}],
    ['missing_messages_list:error', chat()],
    ['message_missing_key:error', chat({ role: 'user' }, assistant('Hello'))],
    ['message_missing_key:error', chat('hello', assistant('Hello'))],
    ['message_unrecognized_key:error', chat({ ...user('Hi'), metadata: 1 }, assistant('Hello'))],
    ['message_unrecognized_key:error', chat({ ...user('Hi'), weight: 1 }, assistant('Hello'))],
    ['unrecognized_role:error', chat({ role: 'bot', content: 'Hi' }, assistant('Hello'))],
    ['missing_content:error', chat(user(''), assistant('Hello'))],
    ['missing_content:error', chat(user('   '), assistant('Hello'))],
    ['missing_content:error', chat(user('Hi'), assistant(42))],
    ['example_missing_assistant_message:error', chat(user('Hi'))],
    ['invalid_weight:error', chat(user('Hi'), { ...assistant('Hello'), weight: 2 })],
    [
      'tool_calls_invalid:error',
      chat(user('Weather?'), call('{city: Paris}'), { role: 'tool', tool_call_id: 'call_1', content: '21' }, assistant('21')),
    ],
    ['tool_calls_invalid:error', chat(user('Weather?'), { role: 'assistant', tool_calls: 'get_weather' }, assistant('21'))],
    [
      'tool_calls_invalid:warning',
      chat(user('Weather?'), call('{}'), { role: 'tool', tool_call_id: 'call_9', content: '21' }, assistant('21')),
    ],
    ['invalid_tools:error', { messages: ok, tools: { name: 'x' } }],
    ['invalid_tools:error', { messages: ok, parallel_tool_calls: 'no' }],
    ['unrecognized_key:warning', { messages: ok, metadata: { id: 1 } }],
    ['last_message_not_assistant:warning', chat(user('Hi'), assistant('Hello'), user('Bye'))],
    ['missing_system_message:warning', chat(user('Hi'), assistant('Hello'))],
    ['missing_user_message:warning', chat({ role: 'system', content: 'Be nice.' }, assistant('Hello'))],
  ])('reports %s', async (rule, line) => {
    expect(await lineRules('openai', 'gpt-4o-mini', line)).toContain(rule);
  });

  it('warns (does not fail) over the limit, because OpenAI truncates, and near the limit', async () => {
    const over = await lineRules(
      'openai',
      'gpt-3.5-turbo',
      chat({ role: 'system', content: 's' }, user(' hello'.repeat(16_400)), assistant('ok')),
    );
    expect(over).toContain('tokens_over_limit:warning');
    const near = await lineRules(
      'openai',
      'gpt-3.5-turbo',
      chat({ role: 'system', content: 's' }, user(' hello'.repeat(15_800)), assistant('ok')),
    );
    expect(near).toEqual(['tokens_near_limit:warning']);
    const fine = await lineRules(
      'openai',
      'gpt-3.5-turbo',
      chat({ role: 'system', content: 's' }, user(' hello'.repeat(15_000)), assistant('ok')),
    );
    expect(fine).toEqual([]);
  });

  it('reports one finding per rule per line, naming the first offending message', async () => {
    expect(
      await lineRules('openai', 'gpt-4o', chat({ role: 'system', content: 's' }, user(''), assistant(''), user(''), assistant('x'))),
    ).toEqual(['missing_content:error']);
  });
});
