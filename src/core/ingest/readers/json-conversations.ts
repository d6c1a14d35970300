// Recognises records that already hold a conversation: OpenAI `messages`, ShareGPT `conversations`,
// Taskmaster-like `utterances`, and question/answer style pairs. A record without an answer is not one.
import type { Conversation, TurnRole } from '../../types.js';

type Role = TurnRole | 'system';
type Json = unknown;

const ROLE_NAMES: Record<string, Role> = {
  system: 'system', developer: 'system',
  user: 'user', human: 'user', customer: 'user', prompter: 'user',
  assistant: 'assistant', gpt: 'assistant', bot: 'assistant', model: 'assistant', chatgpt: 'assistant', agent: 'assistant',
};

/** Field pairs that hold one question and its answer, most specific first. */
const PAIR_FIELDS: [string, string][] = [
  ['question', 'answer'],
  ['prompt', 'completion'],
  ['prompt', 'response'],
  ['query', 'response'],
  ['instruction', 'output'],
  ['input', 'output'],
];

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface RecordReading {
  conversation?: Conversation;
  /** The record has a conversation's shape (a turns list or a question/answer pair), complete or not. */
  conversational: boolean;
}

export function readRecord(record: Json): RecordReading {
  if (!isObject(record)) return { conversational: false };
  const list = firstArray(record, ['messages', 'conversations', 'conversation', 'utterances', 'dialogue', 'turns']);
  if (list) return { conversation: fromTurns(list.map(toTurn)), conversational: true };
  const conversation = pairConversation(record);
  return { conversation, conversational: conversation !== undefined };
}

function pairConversation(record: Record<string, Json>): Conversation | undefined {
  for (const [q, a] of PAIR_FIELDS) {
    const question = textOf(record[q]);
    const answer = textOf(record[a]);
    if (!question || !answer) continue;
    const input = q === 'instruction' ? textOf(record.input) : '';
    return fromTurns([
      { role: 'user', content: input ? `${question}\n\n${input}` : question },
      { role: 'assistant', content: answer },
    ]);
  }
  return undefined;
}

function firstArray(record: Record<string, Json>, keys: string[]): Json[] | undefined {
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value) && value.length > 0 && value.every(isObject)) return value;
  }
  return undefined;
}

function toTurn(item: Json): { role?: Role; content: string } {
  const turn = item as Record<string, Json>;
  const name = String(turn.role ?? turn.from ?? turn.speaker ?? turn.author ?? '').toLowerCase();
  return { role: ROLE_NAMES[name], content: textOf(turn.content ?? turn.value ?? turn.text ?? turn.message) };
}

/** A string, or the text parts of an OpenAI-style content array. */
function textOf(value: Json): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) {
    return value
      .map((part) => (typeof part === 'string' ? part : isObject(part) && typeof part.text === 'string' ? part.text : ''))
      .join('')
      .trim();
  }
  return '';
}

/**
 * Unknown roles (tool calls, function results) are left out, consecutive turns of one role merge,
 * a conversation starts with the user and ends with the assistant's answer.
 */
function fromTurns(turns: { role?: Role; content: string }[]): Conversation | undefined {
  const system = turns.filter((t) => t.role === 'system' && t.content).map((t) => t.content).join('\n\n');
  const merged: { role: TurnRole; content: string }[] = [];
  for (const turn of turns) {
    if (!turn.content || !turn.role || turn.role === 'system') continue;
    const last = merged.at(-1);
    if (last?.role === turn.role) last.content += `\n\n${turn.content}`;
    else if (last || turn.role === 'user') merged.push({ role: turn.role, content: turn.content });
  }
  while (merged.at(-1)?.role === 'user') merged.pop();
  if (merged.length < 2) return undefined;
  return system ? { system, turns: merged } : { turns: merged };
}
