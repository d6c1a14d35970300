// "The conversation as text": the one string that dedup (generation, hybrid) and the split's leakage
// check compare, and that keywords are drawn from. One definition, so dedup and leakage never disagree.
import type { Conversation, Turn } from '../types.js';

export function conversationText(conversation: { readonly turns: readonly Turn[] }): string {
  return conversation.turns.map((turn) => turn.content).join('\n');
}

const PREVIEW_LENGTH = 160;

/** One line of "role: content | …" for the CSV and the menu's lists, cut to PREVIEW_LENGTH. */
export function contentPreview(sample: { readonly conversation: Pick<Conversation, 'turns'> }): string {
  const text = sample.conversation.turns.map((t) => `${t.role}: ${t.content}`).join(' | ').replace(/\s+/g, ' ');
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}
