// hybrid: the conversations found in the documents first (committed at once), then generated ones up
// to dataset_size; a generated sample that near-duplicates an identified one is dropped.
import { planHybrid, runHybridAgent } from '../../agents/hybrid.js';
import { insertSamples } from '../../store/samples.js';
import { identifySamples } from '../identify-stage.js';
import { withSystemPrompt } from '../system-prompt.js';
import type { AgentMode } from './sample-mode.js';

export const hybridMode: AgentMode = {
  async plan(ctx, alreadyGenerated) {
    const { samples: identified, costUsd } = await identifySamples(ctx);
    const plan = planHybrid(identified.length, ctx.size, ctx.config.agent.hybrid.generation_ratio);
    insertSamples(ctx.db, ctx.datasetId, identified.slice(0, plan.keepIdentified).map((s) => withSystemPrompt(ctx.config, s)));
    return { target: Math.max(0, plan.generate - alreadyGenerated), costUsd };
  },
  run: (_ctx, options, stored) => runHybridAgent({ ...options, identified: stored.filter((s) => s.origin === 'identified') }),
};
