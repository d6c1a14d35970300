// The generation record of a run: what was asked of the agent and what came of it, stored with the
// run and shown in the stats (JSON and `ftdb stats`). No secrets: the endpoint has no credentials.
import type { AgentClient, ClientUsage } from '../../llm/types.js';
import type { Acceptance } from './acceptance.js';
import type { DropCounts, StopReason } from './types.js';

export interface GenerationRecord {
  agent: { provider: string; model: string; endpoint: string };
  /** Every HTTP request of the run (writer and judge); retried ones counted again in `made`. */
  requests: { made: number; failed: number; retried: number; rate_limited: number };
  tokens: { input: number; output: number };
  jobs: { run: number; failed: number; skipped: number };
  target: number;
  accepted: number;
  /** Samples that passed every check after the target was met: paid for, not needed. */
  over_generation: number;
  stopped_by: StopReason;
  dropped: DropCounts;
  /** Present when the judge ran: how many samples it scored, failed calls, samples per score. */
  judge?: { model: string; scored: number; failed_calls: number; scores: Record<string, number> };
  /** Present when the run went through the provider's batch API: batches submitted, unused requests by cause. */
  batch?: { batches: number; failed_by_cause: Record<string, number> };
}

function sumUsage(clients: AgentClient[]): ClientUsage {
  const total: ClientUsage = { requests: 0, failed: 0, retried: 0, rateLimited: 0, inputTokens: 0, outputTokens: 0 };
  for (const client of clients) for (const key of Object.keys(total) as Array<keyof ClientUsage>) total[key] += client.usage[key];
  return total;
}

export function generationRecord(input: {
  client: AgentClient;
  judge?: AgentClient;
  acceptance: Acceptance;
  stoppedBy: StopReason;
  jobs: GenerationRecord['jobs'];
}): GenerationRecord {
  const { client, judge, acceptance } = input;
  const usage = sumUsage(judge && judge !== client ? [client, judge] : [client]);
  const scored = Object.values(acceptance.scores).reduce((sum, n) => sum + n, 0);
  return {
    agent: { provider: client.provider, model: client.model, endpoint: client.endpoint },
    requests: { made: usage.requests, failed: usage.failed, retried: usage.retried, rate_limited: usage.rateLimited },
    tokens: { input: usage.inputTokens, output: usage.outputTokens },
    jobs: input.jobs,
    target: acceptance.target,
    accepted: acceptance.accepted,
    over_generation: acceptance.surplus,
    stopped_by: input.stoppedBy,
    dropped: { ...acceptance.dropped },
    judge: judge ? { model: `${judge.provider}/${judge.model}`, scored, failed_calls: acceptance.judgeFailures, scores: { ...acceptance.scores } } : undefined,
  };
}
