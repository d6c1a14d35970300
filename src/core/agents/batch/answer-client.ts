// The agent client a collected job runs with: its first call is answered by the request's line in the
// batch results (at the batch price), so the job goes through the same schema check, filters,
// grounding, dedup and sink as a live call. Later calls of the same job (the repair of a malformed
// answer, the judge's regeneration) go to the live client.
import { LlmError } from '../../llm/errors.js';
import { parseAnswer } from '../../llm/client.js';
import { costOf, type ModelPrice } from '../../llm/prices.js';
import type { BatchResultLine } from '../../llm/batch/types.js';
import type { AgentClient, ClientUsage, LlmResponse } from '../../llm/types.js';

export function emptyUsage(): ClientUsage {
  return { requests: 0, failed: 0, retried: 0, rateLimited: 0, inputTokens: 0, outputTokens: 0 };
}

export function batchAnswerClient(live: AgentClient, line: BatchResultLine, price: ModelPrice, label: string, usage: ClientUsage): AgentClient {
  let answered = false;
  return {
    provider: live.provider,
    model: live.model,
    endpoint: live.endpoint,
    usage,
    priceKnown: live.priceKnown,
    tokensUsed: live.tokensUsed,
    inFlight: 0,
    peakInFlight: 0,
    async complete(request): Promise<LlmResponse> {
      if (answered) return live.complete(request);
      answered = true;
      usage.requests++;
      if ('error' in line) {
        usage.failed++;
        throw line.error;
      }
      const raw = line.answer(request.schemaName);
      usage.inputTokens += raw.usage.inputTokens;
      usage.outputTokens += raw.usage.outputTokens;
      const costUsd = costOf(raw.usage, price);
      try {
        return { json: parseAnswer(raw, request, { provider: live.provider, label }, costUsd), usage: raw.usage, costUsd, model: raw.model ?? live.model };
      } catch (error) {
        if (error instanceof LlmError) usage.failed++;
        throw error;
      }
    },
  };
}
