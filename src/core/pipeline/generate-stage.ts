// Stage 2: turn documents into samples with the chosen mode, committing each batch as it is accepted.
import type { GenerationRecord } from '../agents/generation/record.js';
import type { AppConfig } from '../config/schema.js';
import type { ExtractedDocument } from '../ingest/types.js';
import type { Db } from '../store/database.js';
import { updateDataset, type StopReason } from '../store/datasets.js';
import { insertSamples } from '../store/samples.js';
import type { PipelineEvent } from './events.js';
import { identifySamples } from './identify-stage.js';

export interface GenerateContext {
  db: Db;
  datasetId: string;
  config: AppConfig;
  documents: ExtractedDocument[];
  size: number;
  env: NodeJS.ProcessEnv;
  promptsDir: string;
  instructions?: string;
  signal?: AbortSignal;
  emit: (e: PipelineEvent) => void;
  onBudgetExceeded?: (spentUsd: number, capUsd: number) => Promise<'continue' | 'stop'>;
  confirmed: boolean;
}

export interface GenerateOutcome {
  costUsd: number;
  /** Set when generation ended before its target (cost cap, agent LLM failing): the run is partial. */
  stopReason?: StopReason;
  /** The agent modes' generation record (absent in identify mode or when nothing was asked). */
  generation?: GenerationRecord;
}

export async function generateStage(ctx: GenerateContext): Promise<GenerateOutcome> {
  if (ctx.config.mode === 'identify') {
    const { samples, costUsd } = await identifySamples(ctx);
    insertSamples(ctx.db, ctx.datasetId, samples);
    updateDataset(ctx.db, ctx.datasetId, { cost_usd: costUsd });
    return { costUsd };
  }
  const { agentStage } = await import('./agent-stage.js');
  return agentStage(ctx);
}
