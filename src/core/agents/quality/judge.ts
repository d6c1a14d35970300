// Optional quality pass: an LLM judge scores each conversation of a batch 1-10 against its excerpt
// and says whether its answers are grounded in it (a separate verdict, so a rejection for claims the
// excerpt does not support is counted as a grounding drop, not as a low score).
import { z } from 'zod';
import { askStructured, validateWith } from '../../llm/structured.js';
import type { AgentClient, JsonSchema } from '../../llm/types.js';
import { toWireSchema } from '../../llm/wire-schema.js';
import type { Conversation } from '../../types.js';

// `grounded` is asked for (required in the wire schema) but tolerated when missing: a server that
// ignores the schema may leave it out, and then only the score decides.
const judgeAnswer = z.object({
  scores: z.array(
    z.object({ index: z.number().int(), score: z.number().int().min(1).max(10), grounded: z.boolean().optional(), reason: z.string() }),
  ),
});
/** A score, an index and a one-sentence reason per conversation. */
const TOKENS_PER_VERDICT = 80;

/** The schema sent for `count` conversations: one verdict each, indexes and scores in range. */
function judgeWireSchema(count: number): JsonSchema {
  const verdict = z.object({
    index: z.number().int().min(0).max(count - 1),
    score: z.number().int().min(1).max(10),
    grounded: z.boolean(),
    reason: z.string(),
  });
  return toWireSchema(z.object({ scores: z.array(verdict).min(count).max(count) }));
}

export interface JudgeVerdicts {
  /** Parallel to the conversations; undefined when the judge gave no score for one. */
  scores: Array<number | undefined>;
  /** false: the judge found claims the excerpt does not support; undefined when it did not say. */
  grounded: Array<boolean | undefined>;
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
  const grounded: Array<boolean | undefined> = input.conversations.map(() => undefined);
  const reasons: Array<string | undefined> = input.conversations.map(() => undefined);
  for (const verdict of result.value.scores) {
    if (verdict.index >= 0 && verdict.index < scores.length && scores[verdict.index] === undefined) {
      scores[verdict.index] = verdict.score;
      grounded[verdict.index] = verdict.grounded;
      reasons[verdict.index] = verdict.reason;
    }
  }
  return { scores, grounded, reasons, costUsd: result.costUsd };
}
