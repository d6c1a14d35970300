// The answer every generating call returns, checked item by item: a partly bad answer keeps its
// valid conversations and counts the others as invalid.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Chunk } from '../../ingest/types.js';
import type { Validation } from '../../llm/structured.js';
import type { JsonSchema } from '../../llm/types.js';
import { toWireSchema } from '../../llm/wire-schema.js';
import { conversationText } from '../../text/conversation-text.js';
import type { Turn } from '../../types.js';
import type { GeneratedSample } from './types.js';

export const MAX_KEYWORDS = 5;
/** Keyword caps: model output once gave a 1,013-character "keyword". Longer ones are dropped, not cut. */
const MAX_KEYWORD_CHARS = 40;
const MAX_KEYWORD_WORDS = 4;

/** Answer tokens one conversation may need: a question, an answer of a few paragraphs, keywords. */
const TOKENS_PER_USER_TURN = 100;
const TOKENS_PER_ASSISTANT_TURN = 600;
const TOKENS_PER_CONVERSATION = 60;

const generatedConversation = z.object({
  turns: z.array(z.object({ user: z.string(), assistant: z.string() })).min(1),
  keywords: z.array(z.string()),
});
export type GeneratedConversation = z.infer<typeof generatedConversation>;


export const GENERATION_SCHEMA_NAME = 'conversations';

const wireSchemas = new Map<string, JsonSchema>();

/**
 * The schema sent for `count` conversations of `turns` exchanges: the sizes are in it so a
 * grammar-constrained model writes exactly that many (an empty list is not a legal answer).
 */
export function generationWireSchema(count: number, turns: number): JsonSchema {
  const key = `${count}x${turns}`;
  let schema = wireSchemas.get(key);
  if (!schema) {
    const pair = z.object({ user: z.string(), assistant: z.string() });
    const conversation = z.object({ turns: z.array(pair).min(turns).max(turns), keywords: z.array(z.string()).min(1).max(MAX_KEYWORDS) });
    schema = toWireSchema(z.object({ conversations: z.array(conversation).min(count).max(count) }));
    wireSchemas.set(key, schema);
  }
  return schema;
}

/** max_tokens of a generation call: what `count` conversations of `turns` exchanges need, with margin. */
export function generationMaxTokens(count: number, turns: number): number {
  return count * (turns * (TOKENS_PER_USER_TURN + TOKENS_PER_ASSISTANT_TURN) + TOKENS_PER_CONVERSATION) + 50;
}

export interface BatchAnswer {
  items: GeneratedConversation[];
  invalid: number;
}

const envelope = z.object({ conversations: z.array(z.unknown()) });

/** Fails (so the caller repairs) only when nothing in the answer is usable. */
export function validateBatch(json: unknown): Validation<BatchAnswer> {
  const outer = envelope.safeParse(json);
  if (!outer.success) return { ok: false, problem: `it must be an object {"conversations": [...]}: ${z.prettifyError(outer.error)}` };
  const items: GeneratedConversation[] = [];
  let firstProblem = '';
  for (const raw of outer.data.conversations) {
    const item = generatedConversation.safeParse(raw);
    if (item.success) items.push(item.data);
    else firstProblem ||= z.prettifyError(item.error);
  }
  if (items.length === 0) {
    return { ok: false, problem: firstProblem ? `no conversation matches the schema: ${firstProblem}` : 'the conversations list is empty' };
  }
  return { ok: true, value: { items, invalid: outer.data.conversations.length - items.length } };
}

export function normalizeKeywords(keywords: string[]): string[] {
  const seen = new Set<string>();
  for (const keyword of keywords) {
    const clean = keyword.trim().toLowerCase().replace(/\s+/g, ' ');
    if (clean && clean.length <= MAX_KEYWORD_CHARS && clean.split(' ').length <= MAX_KEYWORD_WORDS) seen.add(clean);
  }
  return [...seen].slice(0, MAX_KEYWORDS);
}

/** Deterministic per job and position, so a job repeated after a crash offers the same ids. */
function generatedSampleId(jobKey: string, position: string | number): string {
  return `s-${createHash('sha256').update(`${jobKey}#${position}`).digest('hex').slice(0, 12)}`;
}

export function toGeneratedSample(item: GeneratedConversation, chunk: Chunk, jobKey: string, position: string | number, maxTurns: number): GeneratedSample {
  const turns: Turn[] = item.turns.slice(0, maxTurns).flatMap((pair): Turn[] => [
    { role: 'user', content: pair.user.trim() },
    { role: 'assistant', content: pair.assistant.trim() },
  ]);
  return {
    id: generatedSampleId(jobKey, position),
    conversation: { turns },
    source: { file: chunk.file, location: chunk.location || undefined },
    keywords: normalizeKeywords(item.keywords),
    origin: 'generated',
    chunkId: chunk.id,
    jobKey,
  };
}

/** The text compared for near-duplicates: the shared conversation text (the split's leakage check uses it too). */
export function dedupText(turns: readonly Turn[]): string {
  return conversationText({ turns });
}
