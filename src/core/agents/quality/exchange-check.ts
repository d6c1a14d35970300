// Identify mode's optional second opinion: for a low-confidence candidate, an LLM says only whether
// and where (line numbers) a question/answer exchange is. The text is then cut verbatim from the
// document's lines: the model never writes a word of the sample.
import { z } from 'zod';
import { askStructured, validateWith } from '../../llm/structured.js';
import type { AgentClient } from '../../llm/types.js';
import { toWireSchema } from '../../llm/wire-schema.js';
import type { Conversation, Turn } from '../../types.js';

const span = z.object({
  question_start: z.number().int(),
  question_end: z.number().int(),
  answer_start: z.number().int(),
  answer_end: z.number().int(),
});
const locatorAnswer = z.object({ exchanges: z.array(span) });
const LOCATOR_WIRE_SCHEMA = toWireSchema(locatorAnswer);

export type ExchangeSpan = z.infer<typeof span>;

/** Keeps spans that are in range, question before answer, in order and not overlapping. */
export function validSpans(spans: readonly ExchangeSpan[], lineCount: number): ExchangeSpan[] {
  const kept: ExchangeSpan[] = [];
  let nextFree = 0;
  for (const s of [...spans].sort((a, b) => a.question_start - b.question_start)) {
    const ordered = nextFree <= s.question_start && s.question_start <= s.question_end && s.question_end < s.answer_start && s.answer_start <= s.answer_end;
    if (ordered && s.answer_end < lineCount) {
      kept.push(s);
      nextFree = s.answer_end + 1;
    }
  }
  return kept;
}

/** The exchanges as a conversation made of the document's own lines, or undefined when none is valid. */
export function conversationFromSpans(lines: readonly string[], spans: readonly ExchangeSpan[]): Conversation | undefined {
  const cut = (start: number, end: number) => lines.slice(start, end + 1).join('\n').trim();
  const turns = validSpans(spans, lines.length).flatMap((s): Turn[] => [
    { role: 'user', content: cut(s.question_start, s.question_end) },
    { role: 'assistant', content: cut(s.answer_start, s.answer_end) },
  ]);
  return turns.length > 0 && turns.every((turn) => turn.content) ? { turns } : undefined;
}

export interface ExchangeCheck {
  conversation?: Conversation;
  spans: ExchangeSpan[];
  costUsd: number;
}

/** Asks the LLM where the exchanges in `lines` are; returns them cut verbatim. */
export async function locateExchanges(
  client: AgentClient,
  input: { systemPrompt: string; lines: readonly string[]; signal?: AbortSignal },
): Promise<ExchangeCheck> {
  const numbered = input.lines.map((line, index) => `${index}: ${line}`).join('\n');
  const result = await askStructured(
    client,
    { system: input.systemPrompt, user: `<passage>\n${numbered}\n</passage>`, schema: LOCATOR_WIRE_SCHEMA, schemaName: 'exchanges', temperature: 0, signal: input.signal },
    validateWith(locatorAnswer),
  );
  const spans = validSpans(result.value.exchanges, input.lines.length);
  return { conversation: conversationFromSpans(input.lines, spans), spans, costUsd: result.costUsd };
}

/** A detected candidate's text as lines for locateExchanges (its turns, in order, verbatim). */
export function candidateLines(conversation: Conversation): string[] {
  return conversation.turns.flatMap((turn) => turn.content.split('\n'));
}
