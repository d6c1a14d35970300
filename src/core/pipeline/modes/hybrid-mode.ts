// hybrid: the conversations found in the documents first (committed at once), then generated ones up
// to dataset_size; a generated sample that near-duplicates an identified one is dropped.
import { pickIdentified, planHybrid, runHybridAgent } from '../../agents/hybrid.js';
import { insertSamples } from '../../store/samples.js';
import { identifySamples } from '../identify-stage.js';
import { withSystemPrompt } from '../system-prompt.js';
import type { AgentMode } from './sample-mode.js';

export const hybridMode: AgentMode = {
  async plan(ctx, alreadyGenerated) {
    const { samples: identified, costUsd } = await identifySamples(ctx);
    const plan = planHybrid(identified.length, ctx.size, ctx.config.agent.hybrid.generation_ratio);
    const kept = pickIdentified(identified, plan.keepIdentified);
    insertSamples(ctx.db, ctx.datasetId, kept.map((s) => withSystemPrompt(ctx.config, s)));
    const files = new Set(kept.map((s) => s.source.file)).size;
    ctx.emit({
      type: 'stage',
      stage: 'generate',
      message: `Hybrid: keeping ${kept.length} of ${identified.length} conversations found (from ${files} file(s)); generating ${plan.generate}`,
    });
    return { target: Math.max(0, plan.generate - alreadyGenerated), costUsd };
  },
  run: (_ctx, options, stored) => runHybridAgent({ ...options, identified: stored.filter((s) => s.origin === 'identified') }),
};
