// The cheap grounding check every generated sample gets against its chunk: the share of the answers'
// content words that occur in the source. A tiny model's "Bealk, quealess." scores 0.00, a faithful
// answer (even a paraphrase) well above the threshold; free mode without documents is not checked.
// The optional LLM judge then grades what passes (see docs/decisions.md, "Grounding").
import type { Conversation } from '../../types.js';
import { contentWords } from '../keywords.js';

/** Below this share of supported answer words a sample is dropped as `ungrounded` (config can lower it to 0). */
const DEFAULT_MIN_GROUNDING = 0.2;

/** Crude suffix folding so "repairs"/"repaired"/"repairing" support each other. */
function stem(word: string): string {
  return word.length > 4 ? word.replace(/(?:ies|es|s|ed|ing|ly)$/, '') : word;
}

/** The stems of a source text, computed once per chunk. */
export function sourceVocabulary(text: string): ReadonlySet<string> {
  return new Set(contentWords(text).map(stem));
}

/** Share (0-1) of the assistant turns' content words found in the source; undefined when nothing to measure. */
export function groundingShare(conversation: Conversation, source: ReadonlySet<string>): number | undefined {
  if (source.size === 0) return undefined;
  const answerWords = conversation.turns.filter((turn) => turn.role === 'assistant').flatMap((turn) => contentWords(turn.content));
  if (answerWords.length === 0) return undefined;
  const supported = answerWords.filter((word) => source.has(stem(word))).length;
  return supported / answerWords.length;
}

export function isGrounded(conversation: Conversation, source: ReadonlySet<string>, minShare = DEFAULT_MIN_GROUNDING): boolean {
  const share = groundingShare(conversation, source);
  return share === undefined || share >= minShare;
}
