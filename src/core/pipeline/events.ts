// What a run tells its observers (the TUI run view and the headless stderr log).
import type { GenerationRecord } from '../agents/generation/record.js';
import type { ExportFiles } from '../export/export-dataset.js';
import type { DecodingNote, IngestEvent, SkippedFile } from '../ingest/types.js';
import type { SplitReport } from '../split/distribution.js';
import type { StopReason } from '../store/datasets.js';

type Stage = 'ingest' | 'generate' | 'tokens' | 'validate' | 'split' | 'export';

export interface GenerationProgress {
  accepted: number;
  target: number;
  /** Agent LLM tokens used so far (input + output); 0 in identify mode. */
  tokens: number;
  costUsd: number;
  /** Requests or chunks finished / planned (create modes); files for identify. */
  done: number;
  total: number;
  etaMs?: number;
  /** Candidates made or found before the quality checks and caps (identify: conversations found). */
  found?: number;
  preview?: string;
  dropped?: Record<string, number>;
}

export type PipelineEvent =
  /** First event of a run: the dataset it writes to (for cancel/resume screens). */
  | { type: 'dataset'; datasetId: string; name: string }
  /** `agent`: the agent LLM a generate stage talks to; its endpoint carries no credentials or query. */
  | { type: 'stage'; stage: Stage; message: string; agent?: { provider: string; model: string; endpoint: string } }
  | { type: 'ingest'; event: IngestEvent }
  | { type: 'generation'; progress: GenerationProgress }
  /** `retry`: the warning is a wait before a request is tried again (a 429 is a rate-limit wait). */
  | { type: 'warning'; message: string; retry?: { delayMs: number; rateLimited: boolean } };

export interface FindingSummary {
  errors: number;
  warnings: number;
  byRule: Record<string, number>;
}

export interface BuildResult {
  datasetId: string;
  name: string;
  /** 'partial' when generation stopped before its target; the command then exits 1. */
  status: 'complete' | 'partial';
  stopReason?: StopReason;
  samples: number;
  excluded: number;
  files: ExportFiles;
  skipped: SkippedFile[];
  filesRead: number;
  /** Files read from a legacy encoding or holding U+FFFD (absent for re-splits and re-exports). */
  decoding?: DecodingNote[];
  costUsd: number;
  findings: FindingSummary;
  /** Dataset-level rule broken (e.g. fewer examples than the target's minimum). */
  datasetErrors: string[];
  split?: SplitReport;
  /** Create, hybrid and free modes: what the agent was asked and what came of it. */
  generation?: GenerationRecord;
}
