// Ask for a schema-checked answer: validate it, and on a malformed answer try once more telling the
// model what was wrong. A second failure is an LlmError('malformed') the caller records as a failed item.
import { z } from 'zod';
import { LlmError } from './errors.js';
import type { AgentClient, LlmRequest, TokenUsage } from './types.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface StructuredResult<T> {
  value: T;
  /** Cost of every call made, the failed first answer included. */
  costUsd: number;
  usage: TokenUsage;
  repaired: boolean;
}

/** A Validation from a zod schema, with a readable list of what is wrong. */
export function validateWith<T>(schema: z.ZodType<T>): (json: unknown) => Validation<T> {
  return (json) => {
    const parsed = schema.safeParse(json);
    if (parsed.success) return { ok: true, value: parsed.data };
    return { ok: false, problem: `it does not match the schema:\n${z.prettifyError(parsed.error)}` };
  };
}

function withRepairNote(request: LlmRequest, problem: string): LlmRequest {
  return {
    ...request,
    user: `${request.user}\n\nYour previous answer could not be used: ${problem}\nAnswer again with one JSON object that matches the required schema exactly.`,
  };
}

export async function askStructured<T>(
  client: AgentClient,
  request: LlmRequest,
  validate: (json: unknown) => Validation<T>,
): Promise<StructuredResult<T>> {
  let costUsd = 0;
  const usage: TokenUsage = { inputTokens: 0, outputTokens: 0 };
  const spend = (cost: number, used: TokenUsage) => {
    costUsd += cost;
    usage.inputTokens += used.inputTokens;
    usage.outputTokens += used.outputTokens;
  };
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const response = await client.complete(attempt === 0 ? request : withRepairNote(request, problem));
      spend(response.costUsd, response.usage);
      const checked = validate(response.json);
      if (checked.ok) return { value: checked.value, costUsd, usage, repaired: attempt > 0 };
      problem = checked.problem;
    } catch (error) {
      if (!(error instanceof LlmError)) throw error;
      spend(error.costUsd, error.usage);
      if (error.kind !== 'malformed') {
        // Keep what was already paid on the error so the caller's budget counts it.
        error.costUsd = costUsd;
        error.usage = { ...usage };
        throw error;
      }
      problem = error.message;
    }
  }
  throw new LlmError('malformed', client.provider, `The agent's answer was still unusable after one repair request: ${problem}`, {
    costUsd,
    usage,
    hint: 'The item is recorded as failed; a stronger agent model follows JSON schemas more reliably.',
  });
}
