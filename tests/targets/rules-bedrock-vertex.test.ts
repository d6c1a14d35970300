import { describe, expect, it } from 'vitest';
import { assistant, lineRules, user } from './helpers.js';

const haiku = (line: unknown) => lineRules('anthropic', 'claude-3-haiku', line);
const gemini = (line: unknown) => lineRules('google', 'gemini-2.5-flash', line);
const turn = (role: string, text: unknown) => ({ role, parts: [{ text }] });

describe('Claude 3 Haiku on Bedrock line rules', () => {
  it('accepts a valid line', async () => {
    expect(await haiku({ system: 'Be brief.', messages: [user('Hi'), assistant('Hello'), user('Bye'), assistant('Bye!')] })).toEqual([]);
  });

  it.each([
    ['unrecognized_key:error', { messages: [user('Hi'), assistant('Hello')], id: 3 }],
    ['invalid_system:error', { system: ['Be brief.'], messages: [user('Hi'), assistant('Hello')] }],
    ['invalid_system:warning', { system: ' ', messages: [user('Hi'), assistant('Hello')] }],
    ['missing_messages_list:error', { system: 'x' }],
    ['too_few_messages:error', { messages: [user('Hi')] }],
    ['message_missing_key:error', { messages: [{ role: 'user' }, assistant('Hello')] }],
    ['message_unrecognized_key:error', { messages: [{ ...user('Hi'), name: 'bob' }, assistant('Hello')] }],
    ['unrecognized_role:error', { messages: [{ role: 'system', content: 'Be brief.' }, user('Hi'), assistant('Hello')] }],
    ['missing_content:error', { messages: [user(''), assistant('Hello')] }],
    ['role_order:error', { messages: [assistant('Hello'), user('Hi'), assistant('Hello')] }],
    ['role_order:error', { messages: [user('Hi'), user('Hi again'), assistant('Hello')] }],
    ['last_message_not_assistant:error', { messages: [user('Hi'), assistant('Hello'), user('Bye')] }],
    ['forbidden_string:error', { messages: [user('Transcript:\nHuman: hi\nAssistant: hello'), assistant('Noted.')] }],
    ['forbidden_string:error', { system: 'Reply like this:\nAssistant: ...', messages: [user('Hi'), assistant('Hello')] }],
  ])('reports %s', async (rule, line) => {
    expect(await haiku(line)).toContain(rule);
  });

  it('allows "\\nHuman" without the colon', async () => {
    expect(await haiku({ messages: [user('Line one\nHuman resources called'), assistant('OK')] })).toEqual([]);
  });

  it('rejects (error) an estimate over 32,000 tokens and warns near it', async () => {
    expect(await haiku({ messages: [user('hello '.repeat(17_000)), assistant('ok')] })).toContain('tokens_over_limit:error');
    expect(await haiku({ messages: [user('hello '.repeat(15_500)), assistant('ok')] })).toEqual(['tokens_near_limit:warning']);
  });
});

describe('Gemini on Vertex line rules', () => {
  it('accepts a valid line', async () => {
    expect(
      await gemini({ systemInstruction: { parts: [{ text: 'Be brief.' }] }, contents: [turn('user', 'Hi'), turn('model', 'Hello')] }),
    ).toEqual([]);
  });

  it.each([
    ['unrecognized_key:warning', { contents: [turn('user', 'Hi'), turn('model', 'Hello')], messages: [] }],
    [
      'invalid_system:error',
      { systemInstruction: { parts: [{ fileData: { fileUri: 'gs://x' } }] }, contents: [turn('user', 'Hi'), turn('model', 'Hello')] },
    ],
    ['missing_contents:error', { messages: [user('Hi'), assistant('Hello')] }],
    ['message_missing_key:error', { contents: [{ parts: [{ text: 'Hi' }] }, turn('model', 'Hello')] }],
    ['unrecognized_role:error', { contents: [turn('user', 'Hi'), turn('assistant', 'Hello')] }],
    ['invalid_parts:error', { contents: [{ role: 'user', parts: [] }, turn('model', 'Hello')] }],
    ['invalid_parts:error', { contents: [{ role: 'user', parts: [{ text: 'Hi', fileData: {} }] }, turn('model', 'Hello')] }],
    ['missing_content:error', { contents: [turn('user', ''), turn('model', 'Hello')] }],
    ['example_missing_assistant_message:error', { contents: [turn('user', 'Hi')] }],
    ['role_order:warning', { contents: [turn('model', 'Hello'), turn('user', 'Hi'), turn('model', 'Hello')] }],
    ['last_message_not_assistant:warning', { contents: [turn('user', 'Hi'), turn('model', 'Hello'), turn('user', 'Bye')] }],
  ])('reports %s', async (rule, line) => {
    expect(await gemini(line)).toContain(rule);
  });

  // Issue 13: counted with the Gemma 3 vocabulary now, which splits numbers into single digits
  // (the old o200k-based estimate said about 51,000 for these 140,000 digits).
  it('rejects (error) an example of 140,000 digits, over 131,072 tokens', async () => {
    expect(await gemini({ contents: [turn('user', '7'.repeat(140_000)), turn('model', 'ok')] })).toContain('tokens_over_limit:error');
  });
});
