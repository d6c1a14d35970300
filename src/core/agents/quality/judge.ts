// Optional quality pass: an LLM judge scores each conversation of a batch 1-10 against its excerpt.
import { z } from 'zod';
import { askStructured, validateWith } from '../../llm/structured.js';
import type { AgentClient, JsonSchema } from '../../llm/types.js';
import { toWireSchema } from '../../llm/wire-schema.js';
import type { Conversation } from '../../types.js';

const judgeAnswer = z.object({
  scores: z.array(z.object({ index: z.number().int(), score: z.number().int().min(1).max(10), reason: z.string() })),
});
/** A score, an index and a one-sentence reason per conversation. */
const TOKENS_PER_VERDICT = 80;

/** The schema sent for `count` conversations: one verdict each, indexes and scores in range. */
function judgeWireSchema(count: number): JsonSchema {
  const verdict = z.object({ index: z.number().int().min(0).max(count - 1), score: z.number().int().min(1).max(10), reason: z.string() });
  return toWireSchema(z.object({ scores: z.array(verdict).min(count).max(count) }));
}

export interface JudgeVerdicts {
  /** Parallel to the conversations; undefined when the judge gave no score for one. */
  scores: Array<number | undefined>;
  reasons: Array<string | undefined>;
  costUsd: number;
}

function renderConversations(conversations: readonly Conversation[]): string {
  return conversations
    .map((conversation, index) => {
      const turns = conversation.turns.map((turn) => `${turn.role === 'user' ? 'User' : 'Assistant'}: ${turn.content}`).join('\n');
      return `[${index}]\n${turns}`;
    })
    .join('\n\n');
}

export async function judgeConversations(
  client: AgentClient,
  input: { systemPrompt: string; excerpt: string; conversations: readonly Conversation[]; signal?: AbortSignal },
): Promise<JudgeVerdicts> {
  const user = `<excerpt>\n${input.excerpt}\n</excerpt>\n\nConversations:\n\n${renderConversations(input.conversations)}\n\nScore each of the ${input.conversations.length} conversation(s).`;
  const result = await askStructured(
    client,
    {
      system: input.systemPrompt,
      user,
      schema: judgeWireSchema(input.conversations.length),
      schemaName: 'scores',
      temperature: 0,
      maxOutputTokens: 100 + TOKENS_PER_VERDICT * input.conversations.length,
      signal: input.signal,
    },
    validateWith(judgeAnswer),
  );
  const scores: Array<number | undefined> = input.conversations.map(() => undefined);
  const reasons: Array<string | undefined> = input.conversations.map(() => undefined);
  for (const verdict of result.value.scores) {
    if (verdict.index >= 0 && verdict.index < scores.length && scores[verdict.index] === undefined) {
      scores[verdict.index] = verdict.score;
      reasons[verdict.index] = verdict.reason;
    }
  }
  return { scores, reasons, costUsd: result.costUsd };
}
