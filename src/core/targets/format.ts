// Formatters: the internal conversation → one JSONL object in the target's own format, and the
// choice among the line formats an open-weight host documents (messages, prompt/completion, text).
import { ConfigError } from '../errors.js';
import type { Conversation, Turn } from '../types.js';
import type { LineFormat, TargetModel } from './types.js';

import type { LineFormatChoice } from '../choices.js';

export function formatExample(target: TargetModel, conversation: Conversation): Record<string, unknown> {
  return FORMATTERS[target.format](conversation);
}

/** The target with the chosen line format; a format the host does not document is a ConfigError. */
export function withLineFormat(target: TargetModel, choice: LineFormatChoice | undefined): TargetModel {
  if (!choice || choice === 'messages') return target;
  const accepted = target.formats ?? [target.format];
  if (!accepted.includes(choice)) {
    throw new ConfigError(
      `${target.displayName} does not take "${choice}" lines.`,
      `It takes ${accepted.map((f) => (f === 'openai-chat' ? 'messages' : f)).join(', ')}; remove output.line_format or pick a Together / Hugging Face TRL target.`,
    );
  }
  return { ...target, format: choice };
}

const chatMessages = (c: Conversation) => [
  ...(c.system ? [{ role: 'system', content: c.system }] : []),
  ...c.turns.map((t) => ({ role: t.role, content: t.content })),
];

const FORMATTERS: Record<LineFormat, (c: Conversation) => Record<string, unknown>> = {
  'openai-chat': (c) => ({ messages: chatMessages(c) }),
  'bedrock-claude': (c) => ({
    ...(c.system ? { system: c.system } : {}),
    messages: c.turns.map((t) => ({ role: t.role, content: t.content })),
  }),
  'vertex-gemini': (c) => ({
    ...(c.system ? { systemInstruction: { role: 'system', parts: [{ text: c.system }] } } : {}),
    contents: c.turns.map((t) => ({ role: t.role === 'assistant' ? 'model' : 'user', parts: [{ text: t.content }] })),
  }),
  'nova-conversation': (c) => ({
    schemaVersion: 'bedrock-conversation-2024',
    ...(c.system ? { system: [{ text: c.system }] } : {}),
    messages: c.turns.map((t) => ({ role: t.role, content: [{ text: t.content }] })),
  }),
  'bedrock-prompt-completion': promptCompletion,
  'prompt-completion': promptCompletion,
  text: (c) => ({ text: [c.system, labelled(c.turns)].filter((part) => part).join('\n\n') }),
};

/**
 * One prompt and one completion. The completion is the last assistant turn; the system prompt and
 * any earlier turns become the prompt, earlier turns labelled "User:"/"Assistant:" so the model
 * still sees who said what.
 */
function promptCompletion(c: Conversation): Record<string, unknown> {
  const lastAssistant = c.turns.map((t) => t.role).lastIndexOf('assistant');
  const context = lastAssistant >= 0 ? c.turns.slice(0, lastAssistant) : c.turns;
  const completion = lastAssistant >= 0 ? c.turns[lastAssistant].content : '';
  const single = context.length === 1 && context[0].role === 'user';
  const dialogue = single ? context[0].content : labelled(context);
  const prompt = [c.system, dialogue].filter((part) => part).join('\n\n');
  return { prompt, completion };
}

/** Turns as plain labelled text: no chat-template tokens, which a trainer would read as turn boundaries. */
function labelled(turns: Turn[]): string {
  return turns.map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.content}`).join('\n\n');
}
