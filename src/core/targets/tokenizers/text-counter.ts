// Text → token count for a target, loading only the tokenizer that target needs, once per process.
import type { TargetModel, TokenizerId } from '../types.js';
import { createBpeTokenizer, type BpeTokenizer } from './bpe.js';
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
 * For targets without an offline tokenizer: the larger of UTF-8 bytes / 3 (AWS's 3 characters per
 * token, in bytes so CJK and emoji are not undercounted) and the exact o200k count x the target's
 * margin. See src/core/targets/README.md for the calibration.
 */
export function estimateTokens(text: string, o200k: BpeTokenizer, margin: number): number {
  if (!text) return 0;
  return Math.max(Math.ceil(Buffer.byteLength(text, 'utf8') / 3), Math.ceil(o200k.count(text) * margin));
}

export async function loadTextCounter(target: TargetModel): Promise<TextCounter> {
  const id: TokenizerId = target.tokenizer;
  if (id === 'mistral-v1') return loadMistralV1();
  if (id === 'estimate') {
    const o200k = await loadBpe('o200k_base');
    const margin = target.estimateMargin ?? 1.2;
    return (text) => estimateTokens(text, o200k, margin);
  }
  const bpe = await loadBpe(id);
  return (text) => bpe.count(text);
}
