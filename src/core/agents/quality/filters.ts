// Quality filters applied to every generated conversation before it counts; each drop has a reason.
import { conversationText } from '../../text/conversation-text.js';
import type { Conversation } from '../../types.js';
import { isBoilerplate, isRefusal } from './boilerplate.js';
import { detectLanguage, languagesMatch, type LanguageGuess } from './language.js';

export type QualityDropReason = 'empty_turn' | 'too_short' | 'too_long' | 'refusal' | 'boilerplate' | 'restated_question' | 'language_mismatch';

export interface QualityFilterOptions {
  /** Shortest acceptable user turn, in characters (default 5). */
  minUserChars?: number;
  /** Shortest acceptable assistant turn, in characters (default 15). */
  minAssistantChars?: number;
  /** Longest acceptable turn, in characters (default 8000). */
  maxTurnChars?: number;
  /** Drop conversations in another language than their source (default true). */
  checkLanguage?: boolean;
  /** Least share of answer words found in the chunk (default DEFAULT_MIN_GROUNDING, 0 turns the check off). */
  minGrounding?: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** An answer that only repeats its question: nearly the same words, not much more of them. */
export function restatesQuestion(question: string, answer: string): boolean {
  const q = new Set(words(question));
  const a = words(answer);
  if (a.length === 0 || q.size === 0) return false;
  const aSet = new Set(a);
  let shared = 0;
  for (const w of aSet) if (q.has(w)) shared++;
  const jaccard = shared / (q.size + aSet.size - shared);
  return jaccard >= 0.6 && a.length <= 1.5 * q.size + 2;
}

/** The first reason to drop the conversation, or undefined when it passes every filter. */
export function screenConversation(
  conversation: Conversation,
  sourceLanguage: LanguageGuess | undefined,
  options: QualityFilterOptions = {},
): QualityDropReason | undefined {
  const minUser = options.minUserChars ?? 5;
  const minAssistant = options.minAssistantChars ?? 15;
  const maxChars = options.maxTurnChars ?? 8000;
  const turns = conversation.turns;
  if (turns.length === 0 || turns.some((turn) => turn.content.trim() === '')) return 'empty_turn';
  for (const turn of turns) {
    const length = turn.content.trim().length;
    if (length < (turn.role === 'user' ? minUser : minAssistant)) return 'too_short';
    if (length > maxChars) return 'too_long';
  }
  const answers = turns.filter((turn) => turn.role === 'assistant').map((turn) => turn.content);
  if (answers.some(isRefusal)) return 'refusal';
  if (turns.some((turn) => isBoilerplate(turn.content))) return 'boilerplate';
  for (let i = 1; i < turns.length; i++) {
    if (turns[i].role === 'assistant' && turns[i - 1].role === 'user' && restatesQuestion(turns[i - 1].content, turns[i].content)) {
      return 'restated_question';
    }
  }
  if (options.checkLanguage !== false) {
    const sampleLanguage = detectLanguage(conversationText({ turns }));
    if (!languagesMatch(sourceLanguage, sampleLanguage)) return 'language_mismatch';
  }
  return undefined;
}
