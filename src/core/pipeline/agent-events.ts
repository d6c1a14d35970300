// What the generation loop says, turned into pipeline events: progress with an ETA, warnings for
// budget stops, failed requests, judge failures and retries; the closing word on why generation
// stopped is generation-report.ts.
import type { GenerationEvent } from '../agents/generation.js';
import type { RetryNotice } from '../llm/types.js';
import type { PipelineEvent } from './events.js';

export function progressMapper(emit: (e: PipelineEvent) => void, tokensUsed: () => number): (event: GenerationEvent) => void {
  const started = Date.now();
  return (event) => {
    if (event.type === 'budget-stop') {
      emit({ type: 'warning', message: `Budget reached: $${event.spentUsd.toFixed(2)} of $${event.capUsd.toFixed(2)} spent.` });
      return;
    }
    if (event.type === 'job-failed') {
      emit({ type: 'warning', message: `A request for ${event.file} failed: ${event.error}` });
      return;
    }
    if (event.type === 'judge-failed') {
      emit({ type: 'warning', message: `The judge failed; that batch is kept without scores: ${event.error}` });
      return;
    }
    if (event.type === 'batch') {
      emit({ type: 'stage', stage: 'generate', message: event.message });
      return;
    }
    if (event.type !== 'progress') return;
    const elapsed = Date.now() - started;
    const remaining = event.target - event.accepted;
    const rate = event.accepted > 0 ? elapsed / event.accepted : undefined;
    emit({
      type: 'generation',
      progress: {
        accepted: event.accepted,
        target: event.target,
        tokens: tokensUsed(),
        costUsd: event.costUsd,
        done: event.done,
        total: event.total,
        etaMs: rate !== undefined ? Math.round(rate * remaining) : undefined,
        preview: event.preview,
        dropped: event.dropped,
      },
    });
  };
}

/** A retry as the user reads it: a rate-limit wait, or a failed request tried again. */
export function retryMessage(notice: RetryNotice): string {
  const wait = notice.delayMs >= 1000 ? `${Math.round(notice.delayMs / 100) / 10} s` : `${notice.delayMs} ms`;
  if (notice.rateLimited) return `Rate-limited by ${notice.provider}: waiting ${wait} before retry ${notice.attempt}.`;
  return `A request to ${notice.provider} failed (${notice.reason}); retry ${notice.attempt} in ${wait}.`;
}
