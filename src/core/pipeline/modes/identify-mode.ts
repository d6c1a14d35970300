// identify: conversations already in the documents, verbatim; no agent unless identify.use_llm.
import { insertSamples } from '../../store/samples.js';
import { updateDataset } from '../../store/datasets.js';
import { identifySamples } from '../identify-stage.js';
import type { SampleMode } from './sample-mode.js';

export const identifyMode: SampleMode = {
  async generate(ctx) {
    const { samples, costUsd } = await identifySamples(ctx);
    insertSamples(ctx.db, ctx.datasetId, samples);
    updateDataset(ctx.db, ctx.datasetId, { cost_usd: costUsd });
    return { costUsd };
  },
};
