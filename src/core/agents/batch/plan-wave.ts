// The requests of the next batch submission (a wave): as many as the live-run yield model says the
// samples still needed take, plus a margin, each one's worst case priced at the batch price so the
// wave fits within max_cost before anything is submitted.
import { roughTokens } from '../../llm/estimate.js';
import { costOf, type ModelPrice } from '../../llm/prices.js';
import type { BatchRequestLine } from '../../llm/batch/types.js';
import type { JobPlan, PlannedJob } from '../generation/plan.js';
import { generationRequest } from '../generation/request.js';
import type { CallScheduler } from '../generation/scheduler.js';
import type { GenerationPrompt } from '../generation/types.js';

/** Extra requests over the yield model's count: a batch takes hours, a short one costs a top-up wave. */
const MARGIN = 1.2;

export interface WaveRequest {
  job: PlannedJob;
  ask: number;
  line: BatchRequestLine;
  /** Every input token and the full answer bound, at the batch price. */
  worstCaseUsd: number;
}

export interface WaveInput {
  plan: JobPlan;
  yieldModel: CallScheduler;
  accepted: number;
  samplesPerCall: number;
  prompt: GenerationPrompt;
  turns: number;
  /** The batch price of the agent model. */
  price: ModelPrice;
  /** What max_cost still allows, open batches' worst case taken off. */
  roomUsd: number;
  avoidFor(chunkId: string): string[];
}

export type Wave = { requests: WaveRequest[]; stop?: undefined } | { requests: []; stop: 'exhausted' | 'budget' };

export function planWave(input: WaveInput): Wave {
  const calls = Math.ceil(input.yieldModel.callsStillNeeded(input.accepted) * MARGIN);
  const requests: WaveRequest[] = [];
  let room = input.roomUsd;
  let overBudget = false;
  while (requests.length < calls) {
    const job = input.plan.next();
    if (!job) break;
    const ask = input.samplesPerCall;
    const request = generationRequest(input.prompt, input.turns, job.chunk, { count: ask, avoid: input.avoidFor(job.chunk.id) });
    const worstCaseUsd = costOf({ inputTokens: roughTokens(request.system + request.user), outputTokens: request.maxOutputTokens ?? 0 }, input.price);
    if (worstCaseUsd > room) {
      overBudget = true;
      break;
    }
    room -= worstCaseUsd;
    requests.push({ job, ask, line: { customId: job.key, request }, worstCaseUsd });
  }
  if (requests.length > 0) return { requests };
  return { requests: [], stop: overBudget ? 'budget' : 'exhausted' };
}
