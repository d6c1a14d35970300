// Stage 2: turn documents into samples with the run's mode object, committing each batch as it is accepted.
import type { GenerationRecord } from '../agents/generation/record.js';
import type { IdentifiedConversation } from '../agents/identify.js';
import type { AppConfig } from '../config/schema.js';
import type { ExtractedDocument } from '../ingest/types.js';
import type { Db } from '../store/database.js';
import type { StopReason } from '../store/datasets.js';
import type { PipelineEvent } from './events.js';
import { modeFor } from './modes/mode-for.js';

export interface GenerateContext {
  db: Db;
  datasetId: string;
  config: AppConfig;
  documents: ExtractedDocument[];
  /** Identify mode: the conversations found while the documents were read (identify-stage.ts). */
  identified?: readonly IdentifiedConversation[];
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
  return (await modeFor(ctx.config.mode)).generate(ctx);
}
