// The generation record as lines of text, for `ftdb stats` and the menu's statistics screen.
import type { GenerationRecord } from '../agents/generation/record.js';

function counts(record: Record<string, number>): string {
  const entries = Object.entries(record);
  return entries.length ? entries.map(([key, n]) => `${key} ${n}`).join(', ') : 'none';
}

export function generationLines(record: GenerationRecord | null): string[] {
  if (!record) return [];
  const r = record.requests;
  const lines = [
    `Generation (latest run): ${record.agent.provider}/${record.agent.model} at ${record.agent.endpoint}, stopped by ${record.stopped_by}`,
    `  accepted ${record.accepted} of ${record.target}, over-generation ${record.over_generation}`,
    `  requests ${r.made} (failed ${r.failed}, retried ${r.retried}, rate-limited ${r.rate_limited}); tokens in ${record.tokens.input}, out ${record.tokens.output}`,
    `  calls ${record.jobs.run} (failed ${record.jobs.failed}, resumed past ${record.jobs.skipped}); dropped: ${counts(record.dropped)}`,
  ];
  if (record.judge) {
    lines.push(`  judge ${record.judge.model}: scored ${record.judge.scored}, failed calls ${record.judge.failed_calls}; scores: ${counts(record.judge.scores)}`);
  }
  if (record.batch) {
    lines.push(`  through the batch API (batch price): ${record.batch.batches} batch(es); requests not used: ${counts(record.batch.failed_by_cause)}`);
  }
  return lines;
}
