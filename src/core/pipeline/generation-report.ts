// What a generation run tells the user at its end, per cause: drops by reason (and why when most
// samples were dropped), judge failures, and why it stopped short of the target, with a hint that
// fits what happened rather than one generic line.
import type { DropReason, GenerationResult } from '../agents/generation.js';
import { UserError } from '../errors.js';
import type { StopReason } from '../store/datasets.js';
import type { PipelineEvent } from './events.js';

const WHY_DROPPED: Partial<Record<DropReason, string>> = {
  ungrounded: 'their answers share few words with the source chunk (a model too small to stay on its excerpt; a larger agent model helps)',
  invalid: 'they did not match the JSON schema (a model or server that follows JSON schemas helps)',
  duplicate: 'they repeated conversations already kept (fewer samples or more documents help)',
  ungrounded_by_judge: 'the judge found claims in their answers that the source chunk does not support (a larger agent model helps)',
  low_score: 'the judge scored them below agent.quality.min_score',
  language_mismatch: 'they were not in the language of the documents',
  too_short: 'their turns were too short',
};

function droppedSummary(result: GenerationResult, emit: (e: PipelineEvent) => void): void {
  const entries = Object.entries(result.dropped) as Array<[DropReason, number]>;
  if (entries.length === 0) return;
  emit({ type: 'warning', message: `Dropped by quality checks: ${entries.map(([reason, n]) => `${reason} ${n}`).join(', ')}` });
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total <= result.accepted) return;
  const [main, count] = entries.reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const why = WHY_DROPPED[main] ?? `the ${main} check rejected them`;
  emit({ type: 'warning', message: `Most generated samples were dropped (${total} of ${total + result.accepted}): ${count} because ${why}.` });
}

/** Tells the user why generation ended early and returns that reason (undefined when it reached its end). */
export function reportGeneration(result: GenerationResult, datasetId: string, emit: (e: PipelineEvent) => void): StopReason | undefined {
  droppedSummary(result, emit);
  const judgeFailures = result.record?.judge?.failed_calls ?? 0;
  if (judgeFailures > 0) {
    emit({ type: 'warning', message: `The judge failed on ${judgeFailures} call(s): those samples were kept without a score.` });
  }
  if (result.stoppedBy === 'target') return undefined;
  const resume = `Run \`ftdb resume ${datasetId}\` to continue.`;
  const failed = result.jobsFailed > 0 ? `${result.jobsFailed} of ${result.jobsRun} calls failed (last: ${result.lastError ?? 'unknown error'})` : '';
  if (result.stoppedBy === 'budget') {
    emit({ type: 'warning', message: `Stopped at the cost cap (max_cost). ${resume}` });
    return 'budget';
  }
  if (result.accepted === 0 && result.jobsFailed > 0 && (result.stoppedBy === 'failing' || result.jobsFailed === result.jobsRun)) {
    const endpoint = result.record ? ` (${result.record.agent.provider}/${result.record.agent.model} at ${result.record.agent.endpoint})` : '';
    throw new UserError(`The agent LLM kept failing${endpoint}: ${result.lastError ?? 'unknown error'}`, {
      hint: `${result.lastErrorHint ?? 'Check the model name and the endpoint.'} Then ${resume}`,
    });
  }
  if (result.stoppedBy === 'failing') {
    emit({ type: 'warning', message: `Stopped after repeated failures: ${failed}. ${resume}` });
    return 'failures';
  }
  const rest = failed ? `${failed}; the other answers were dropped as counted above` : 'the rest were duplicates or dropped';
  emit({ type: 'warning', message: `The documents gave ${result.accepted} new samples of ${result.target} requested: ${rest}.` });
  return undefined;
}
