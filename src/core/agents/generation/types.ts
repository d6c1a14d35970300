// The contracts between the generation loop and the pipeline: what it asks (prompt), where accepted
// samples go (sink), how finished work is remembered across a crash (journal), what it reports.
import type { Chunk } from '../../ingest/types.js';
import type { Sample } from '../../types.js';
import type { QualityDropReason } from '../quality/filters.js';
import type { GenerationRecord } from './record.js';

/** A sample written by the agent LLM, with the job that produced it. */
export interface GeneratedSample extends Sample {
  origin: 'generated';
  chunkId: string;
  /** Journal key of the call that produced it. */
  jobKey: string;
}

/**
 * Remembers finished jobs so a resumed run never pays twice for a chunk. A key is
 * hash(chunk id, prompt hash, provider:model, pass); see jobKey().
 */
export interface GenerationJournal {
  isDone(key: string): boolean;
  markDone(key: string, info: { samples: number; costUsd: number }): void;
  markFailed(key: string, error: string): void;
}

/**
 * Receives the samples of one call that passed every check, all at once; the pipeline commits them to
 * SQLite in one transaction (one commit per call instead of one per sample; a call's samples land
 * together or not at all). Returns, per sample, whether it was stored (false: e.g. an exact
 * duplicate already there; it does not count). Sample ids are deterministic per (job, position), so a
 * job repeated after a crash offers the same ids.
 */
export interface GenerationSink {
  acceptAll(samples: readonly GeneratedSample[]): boolean[] | Promise<boolean[]>;
}

/** What one call asks for; create and free mode each build one. */
export interface GenerationPrompt {
  /** Hash of the template and the settings that shape the answer (part of every job key). */
  hash: string;
  temperature: number;
  /** Size of the fixed part of the prompt, for the cost estimate. */
  overheadTokens: number;
  build(chunk: Chunk, ask: PromptAsk): { system: string; user: string };
}

export interface PromptAsk {
  count: number;
  /** Questions already accepted for this chunk, to steer away from. */
  avoid: string[];
  /** Why earlier conversations were rejected (regeneration after a low judge score). */
  feedback?: string;
}

/**
 * ungrounded: the answers share too few words with their chunk (quality/grounding.ts);
 * ungrounded_by_judge: the judge found claims the chunk does not support; low_score: below min_score.
 */
export type DropReason = QualityDropReason | 'ungrounded' | 'ungrounded_by_judge' | 'duplicate' | 'invalid' | 'low_score';
export type DropCounts = Partial<Record<DropReason, number>>;

export type GenerationEvent =
  | { type: 'job-start'; key: string; file: string; location: string; pass: number }
  | { type: 'job-done'; key: string; file: string; accepted: number; costUsd: number }
  | { type: 'job-failed'; key: string; file: string; error: string }
  /** Finished in an earlier, interrupted run: not requested again. */
  | { type: 'job-skipped'; key: string; file: string }
  | {
      type: 'progress';
      accepted: number;
      target: number;
      costUsd: number;
      /** Jobs finished / planned. */
      done: number;
      total: number;
      dropped: DropCounts;
      preview?: string;
    }
  | { type: 'budget-stop'; spentUsd: number; capUsd: number }
  /** A judge call failed: that batch stays unscored. */
  | { type: 'judge-failed'; error: string }
  /** A batch run submitted, collected or cancelled a provider batch. */
  | { type: 'batch'; message: string };

export type StopReason = 'target' | 'exhausted' | 'budget' | 'failing';

export interface GenerationResult {
  accepted: number;
  target: number;
  costUsd: number;
  jobsRun: number;
  jobsFailed: number;
  jobsSkipped: number;
  dropped: DropCounts;
  /** target reached; exhausted: passes over the chunks stopped yielding; budget: max_cost; failing: too many failed calls in a row. */
  stoppedBy: StopReason;
  lastError?: string;
  /** What to do about lastError, when the error knows (e.g. raise the timeout). */
  lastErrorHint?: string;
  /** Absent when nothing was asked (the target was already met). */
  record?: GenerationRecord;
}
