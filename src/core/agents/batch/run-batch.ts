// The generation loop run through the provider's batch API: plan a wave of requests, commit them,
// submit, poll, collect each finished batch through the live acceptance path, and submit a top-up
// wave while the samples fall short. Every step is in SQLite before the next begins, so a run killed
// anywhere resumes by polling what was submitted; nothing is submitted twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomBytes } from 'node:crypto';
import { CancelledError, UserError } from '../../errors.js';
import { LlmError } from '../../llm/errors.js';
import { FINISHED_STATES, type BatchSnapshot } from '../../llm/batch/types.js';
import { batchPrice } from '../../llm/prices.js';
import type { BatchRow } from '../../store/batches.js';
import { jobContext, type GenerationOptions } from '../generation.js';
import { Acceptance } from '../generation/acceptance.js';
import { defaultMaxPasses, JobPlan } from '../generation/plan.js';
import { generationRecord } from '../generation/record.js';
import { CallScheduler } from '../generation/scheduler.js';
import type { GenerationResult, StopReason } from '../generation/types.js';
import { emptyUsage } from './answer-client.js';
import { collectBatch, type CollectContext } from './collect.js';
import { planWave, type WaveRequest } from './plan-wave.js';
import { isOpen, type BatchSettings } from './types.js';

export async function runBatchGeneration(options: GenerationOptions, settings: BatchSettings): Promise<GenerationResult> {
  const { api, ledger } = settings;
  const { client, target, budget, onProgress, signal } = options;
  const say = (message: string) => onProgress?.({ type: 'batch', message });
  const acceptance = new Acceptance(target, options.sink, budget, () => undefined);
  const price = batchPrice(settings.price);
  const yieldModel = new CallScheduler({ target, concurrency: 1, samplesPerCall: options.samplesPerCall, failLimit: Infinity, stallLimit: Infinity });
  const pending = ledger.pendingKeys();
  const plan = new JobPlan(
    options.chunks,
    { promptHash: options.prompt.hash, model: `${client.provider}:${client.model}` },
    { isDone: (key) => options.journal.isDone(key) || pending.has(key) },
    options.maxPasses ?? defaultMaxPasses(target, options.chunks.length, options.samplesPerCall),
    () => undefined,
  );
  const collect: CollectContext = {
    api,
    ledger,
    journal: options.journal,
    job: jobContext(options, acceptance, signal ?? new AbortController().signal),
    live: client,
    chunks: new Map(options.chunks.map((chunk) => [chunk.id, chunk])),
    price,
    usage: emptyUsage(),
    yieldModel,
    jobs: { run: 0, failed: 0 },
    causes: {},
  };
  const progress = (snapshots: BatchSnapshot[]) =>
    onProgress?.({
      type: 'progress',
      accepted: acceptance.accepted,
      target,
      costUsd: acceptance.costUsd,
      done: collect.jobs.run + snapshots.reduce((sum, s) => sum + s.completed + s.failed, 0),
      total: collect.jobs.run + snapshots.reduce((sum, s) => sum + s.total, 0),
      dropped: { ...acceptance.dropped },
    });

  const submitWave = async (requests: WaveRequest[]) => {
    for (let start = 0; start < requests.length; start += api.maxRequests) {
      const part = requests.slice(start, start + api.maxRequests);
      const localId = `fb-${randomBytes(6).toString('hex')}`;
      const worstCaseUsd = part.reduce((sum, r) => sum + r.worstCaseUsd, 0);
      ledger.intend(
        { localId, provider: api.provider, model: client.model, worstCaseUsd },
        part.map((r) => ({ custom_id: r.job.key, chunk_id: r.job.chunk.id, pass: r.job.pass, ask: r.ask })),
      );
      for (const r of part) pending.add(r.job.key);
      let snapshot: BatchSnapshot;
      try {
        snapshot = await api.submit(part.map((r) => r.line), localId);
      } catch (error) {
        // A refusal with a status was definite; a lost connection may have created it (found on resume).
        if (error instanceof LlmError && error.status !== undefined) ledger.notSubmitted(localId, error.message);
        throw error;
      }
      ledger.progress(localId, { ...snapshot, batchId: snapshot.id });
      say(`Submitted batch ${snapshot.id}: ${part.length} request(s), at most $${worstCaseUsd.toFixed(worstCaseUsd < 1 ? 4 : 2)} at the batch price.`);
    }
  };

  const finish = async (batch: BatchRow, snapshot: BatchSnapshot) => {
    const current = { ...batch, state: snapshot.state };
    if (snapshot.state === 'failed' && snapshot.completed === 0) {
      ledger.collected(batch.local_id, {});
      throw new UserError(`The ${api.label} batch API rejected batch ${snapshot.id}: ${snapshot.reason ?? 'no reason given'}.`, {
        hint: 'Nothing in it was billed. Fix what the provider names (or run without --batch), then `ftdb resume` the dataset.',
      });
    }
    const causes = await collectBatch(collect, current);
    const failed = Object.entries(causes).map(([cause, n]) => `${n} × ${cause}`);
    say(`Collected batch ${snapshot.id} (${snapshot.state})${failed.length ? `; requests not used: ${failed.join(', ')}` : ''}.`);
  };

  let stoppedBy: StopReason;
  /** Where the counts stood when the last wave was submitted (undefined: none submitted by this run yet). */
  let wave: WaveStart | undefined;
  for (;;) {
    if (signal?.aborted) throw new CancelledError();
    const snapshots: BatchSnapshot[] = [];
    let cancelledElsewhere = false;
    for (const batch of ledger.batches().filter(isOpen)) {
      const snapshot = await currentSnapshot(settings, batch);
      if (!snapshot) {
        for (const request of ledger.requests(batch.local_id)) pending.delete(request.custom_id);
        continue;
      }
      snapshots.push(snapshot);
      if (!FINISHED_STATES.has(snapshot.state)) continue;
      await finish(batch, snapshot);
      cancelledElsewhere ||= snapshot.state === 'cancelled';
    }
    // `ftdb cancel` (or the provider's dashboard) stopped a batch: no top-up behind the user's back.
    if (cancelledElsewhere) throw new CancelledError();
    progress(snapshots.filter((s) => !FINISHED_STATES.has(s.state)));
    if (acceptance.accepted >= target) {
      stoppedBy = 'target';
      await cancelSurplus(settings, say);
      break;
    }
    // A wave is planned only when none is open, so max_cost's room is what is left after the spend.
    if (!ledger.batches().some(isOpen)) {
      const fruitless = waveOutcome(wave, acceptance.accepted, collect.jobs);
      if (fruitless) {
        stoppedBy = fruitless;
        break;
      }
      wave = { accepted: acceptance.accepted, ...collect.jobs };
      const roomUsd = budget ? budget.capUsd - budget.spentUsd : Infinity;
      const next = planWave({ plan, yieldModel, accepted: acceptance.accepted, samplesPerCall: options.samplesPerCall, prompt: options.prompt, turns: options.turns, price, roomUsd, avoidFor: (id) => acceptance.avoidFor(id) });
      if (next.stop) {
        stoppedBy = next.stop;
        if (next.stop === 'budget' && budget) onProgress?.({ type: 'budget-stop', spentUsd: budget.spentUsd, capUsd: budget.capUsd });
        break;
      }
      await submitWave(next.requests);
      continue;
    }
    await sleep(settings.pollMs, undefined, { signal }).catch(() => {
      throw new CancelledError();
    });
  }
  const failures = Object.values(collect.causes).reduce((sum, n) => sum + n, 0);
  const usage = collect.usage;
  for (const key of Object.keys(usage) as Array<keyof typeof usage>) usage[key] += client.usage[key];
  const record = generationRecord({ client: { ...client, usage }, acceptance, stoppedBy, jobs: { ...collect.jobs, skipped: plan.skipped } });
  return {
    accepted: acceptance.accepted,
    target,
    costUsd: acceptance.costUsd,
    jobsRun: collect.jobs.run,
    jobsFailed: collect.jobs.failed,
    jobsSkipped: plan.skipped,
    dropped: acceptance.dropped,
    stoppedBy,
    lastError: collect.lastError?.message ?? (failures > 0 ? `${failures} batch request(s) got no answer` : undefined),
    lastErrorHint: collect.lastError?.hint,
    record: { ...record, batch: { batches: ledger.batches().filter((b) => b.state !== 'not_submitted').length, failed_by_cause: { ...collect.causes } } },
  };
}

interface WaveStart {
  accepted: number;
  run: number;
  failed: number;
}

/**
 * A collected wave that added no sample ends the run instead of paying for another: every request
 * failed ('failing', e.g. the provider refuses them all), or the answers were all dropped ('exhausted').
 */
function waveOutcome(start: WaveStart | undefined, accepted: number, jobs: { run: number; failed: number }): StopReason | undefined {
  if (!start || accepted > start.accepted) return undefined;
  // No answer at all (expired or cancelled with nothing done) counts as failing too.
  return jobs.failed - start.failed === jobs.run - start.run ? 'failing' : 'exhausted';
}

/** The target is met: batches still running (a wave larger than one batch) would only add surplus. */
async function cancelSurplus(settings: BatchSettings, say: (message: string) => void): Promise<void> {
  for (const batch of settings.ledger.batches().filter(isOpen)) {
    if (batch.batch_id) await settings.api.cancel(batch.batch_id);
    settings.ledger.collected(batch.local_id, { surplus_cancelled: batch.total - batch.completed - batch.failed });
    say(`Cancelled batch ${batch.batch_id ?? batch.local_id}: the target is met without it.`);
  }
}

/** The provider's view of a batch; a batch whose creation was never confirmed is looked up by our id first. */
async function currentSnapshot(settings: BatchSettings, batch: BatchRow): Promise<BatchSnapshot | undefined> {
  const { api, ledger } = settings;
  if (!batch.batch_id) {
    const knownIds = new Set(ledger.batches().flatMap((b) => (b.batch_id ? [b.batch_id] : [])));
    const found = await api.findSubmitted(batch.local_id, { requests: batch.total, recordedAt: new Date(`${batch.created_at.replace(' ', 'T')}Z`), knownIds });
    if (!found) {
      ledger.notSubmitted(batch.local_id, 'the run stopped before the provider created this batch; its requests are planned again');
      return undefined;
    }
    ledger.progress(batch.local_id, { ...found, batchId: found.id });
    return found;
  }
  const snapshot = await api.poll(batch.batch_id);
  ledger.progress(batch.local_id, { ...snapshot, batchId: snapshot.id });
  return snapshot;
}
