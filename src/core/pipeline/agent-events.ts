// What the generation loop says, turned into pipeline events: progress with an ETA, warnings for
// budget stops and failed requests, and the closing word on why generation stopped.
import type { GenerationEvent, GenerationResult } from '../agents/generation.js';
import { UserError } from '../errors.js';
import type { StopReason } from '../store/datasets.js';
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

/** Warns why generation stopped short; an agent that never worked is an error (nothing to keep). */
/** Tells the user why generation ended early and returns that reason (undefined when it reached its end). */
export function reportStop(result: GenerationResult, datasetId: string, emit: (e: PipelineEvent) => void): StopReason | undefined {
  const dropped = Object.entries(result.dropped).map(([reason, n]) => `${reason} ${n}`).join(', ');
  if (dropped) emit({ type: 'warning', message: `Dropped by quality checks: ${dropped}` });
  if (result.stoppedBy === 'target') return undefined;
  const resume = `Run \`ftdb resume ${datasetId}\` to continue.`;
  if (result.stoppedBy === 'budget') {
    emit({ type: 'warning', message: `Stopped at the cost cap (max_cost). ${resume}` });
    return 'budget';
  }
  if (result.stoppedBy === 'exhausted') {
    emit({ type: 'warning', message: `The documents gave ${result.accepted} new samples of ${result.target} requested; the rest were duplicates or dropped.` });
    return undefined;
  }
  if (result.accepted === 0) {
    throw new UserError(`The agent LLM kept failing: ${result.lastError ?? 'unknown error'}`, {
      hint: `Check the key, model name and endpoint, then ${resume}`,
    });
  }
  emit({ type: 'warning', message: `Stopped after repeated failures (${result.lastError ?? 'unknown error'}). ${resume}` });
  return 'failures';
}
