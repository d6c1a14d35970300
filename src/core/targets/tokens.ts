// Token counts of formatted examples, with each target's chat-template overhead included.
import { exampleText } from './example-text.js';
import { countFramed } from './framing.js';
import { loadTextCounter } from './tokenizers/text-counter.js';
import type { FramingId, TargetModel, TokenCount } from './types.js';

export type TokenCounter = (example: Record<string, unknown>) => TokenCount;

/** True when the target's tokenizer and chat framing are both known exactly. */
export function hasExactTokens(target: TargetModel): boolean {
  const plain = target.format === 'prompt-completion' || target.format === 'text';
  return target.tokenizer !== 'estimate' && target.exactTokens !== false && !plain;
}

/**
 * How far a count can be trusted: 'exact' (vocabulary and template known), 'vocabulary' (the real
 * vocabulary, the chat template approximated with a small allowance), 'bound' (no public vocabulary:
 * calibrated per-script upper bound, tokenizers/bound.ts).
 */
export type CountKind = 'exact' | 'vocabulary' | 'bound';

export function countKind(target: TargetModel): CountKind {
  if (target.tokenizer === 'estimate') return 'bound';
  return hasExactTokens(target) ? 'exact' : 'vocabulary';
}

export const COUNT_KIND_LABEL: Record<CountKind, string> = {
  exact: 'exact',
  vocabulary: 'real vocabulary, template approximated',
  bound: 'upper bound (calibrated, no public vocabulary)',
};

function framingOf(target: TargetModel): FramingId {
  // Prompt/completion and text lines skip the chat template on Together and TRL.
  if (target.format === 'prompt-completion' || target.format === 'text') return 'plain';
  if (target.framing) return target.framing;
  if (target.tokenizer === 'o200k_base' || target.tokenizer === 'cl100k_base') return 'openai';
  if (target.tokenizer === 'llama3') return 'llama3';
  return 'estimate';
}

/**
 * Loads the target's tokenizer (lazily, once per process) and returns a counter for formatted
 * examples. Special-token strings in the text count as plain text; malformed examples never throw.
 * Examples with tool calls, tool definitions or images are counted from their JSON: exact is false.
 */
export async function loadTokenCounter(target: TargetModel): Promise<TokenCounter> {
  const count = await loadTextCounter(target);
  const exact = hasExactTokens(target);
  const framing = framingOf(target);
  return (example) => {
    const text = exampleText(target.format, example);
    return { tokens: countFramed(framing, text, count), exact: exact && text.structured.length === 0 };
  };
}

/**
 * The count of an example whose tokens were counted before (stored with the sample): only how far
 * it can be trusted is worked out again, which needs no tokenizer.
 */
export function knownTokenCount(target: TargetModel, example: Record<string, unknown>, tokens: number): TokenCount {
  return { tokens, exact: hasExactTokens(target) && exampleText(target.format, example).structured.length === 0 };
}
