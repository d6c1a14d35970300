// Formatters: the internal conversation → one JSONL object in the target's own format.
import type { Conversation, Turn } from '../types.js';
import type { LineFormat, TargetModel } from './types.js';

export function formatExample(target: TargetModel, conversation: Conversation): Record<string, unknown> {
  return FORMATTERS[target.format](conversation);
}

const FORMATTERS: Record<LineFormat, (c: Conversation) => Record<string, unknown>> = {
  'openai-chat': (c) => ({
    messages: [...(c.system ? [{ role: 'system', content: c.system }] : []), ...c.turns.map((t) => ({ role: t.role, content: t.content }))],
  }),
  'bedrock-claude': (c) => ({
    ...(c.system ? { system: c.system } : {}),
    messages: c.turns.map((t) => ({ role: t.role, content: t.content })),
  }),
  'vertex-gemini': (c) => ({
    ...(c.system ? { systemInstruction: { role: 'system', parts: [{ text: c.system }] } } : {}),
    contents: c.turns.map((t) => ({ role: t.role === 'assistant' ? 'model' : 'user', parts: [{ text: t.content }] })),
  }),
  'bedrock-prompt-completion': promptCompletion,
};

/**
 * Bedrock's Llama format has one prompt and one completion. The completion is the last assistant
 * turn; the system prompt and any earlier turns become the prompt, earlier turns labelled
 * "User:"/"Assistant:" so the model still sees who said what.
 */
function promptCompletion(c: Conversation): Record<string, unknown> {
  const lastAssistant = c.turns.map((t) => t.role).lastIndexOf('assistant');
  const context = lastAssistant >= 0 ? c.turns.slice(0, lastAssistant) : c.turns;
  const completion = lastAssistant >= 0 ? c.turns[lastAssistant].content : '';
  const single = context.length === 1 && context[0].role === 'user';
  const dialogue = single ? context[0].content : context.map(labelTurn).join('\n\n');
  const prompt = [c.system, dialogue].filter((part) => part).join('\n\n');
  return { prompt, completion };
}

function labelTurn(t: Turn): string {
  return `${t.role === 'user' ? 'User' : 'Assistant'}: ${t.content}`;
}
