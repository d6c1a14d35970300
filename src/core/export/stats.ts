// The numbers a user wants before uploading: counts, token distribution, distribution per split, findings, cost.
import type { GenerationRecord } from '../agents/generation/record.js';
import type { DatasetState } from '../store/dataset-state.js';
import type { DecodingNote, SkippedFile } from '../ingest/types.js';
import { distributionOf } from '../split/distribution.js';
import { findingTotals, type RunFiles, type StoredFinding } from '../store/runs.js';
import { effectiveSplit, type SampleFacts } from '../store/samples.js';
import type { TargetModel } from '../targets/types.js';

export interface TokenSummary {
  total: number;
  min: number;
  max: number;
  mean: number;
  median: number;
  p90: number;
  exact: boolean;
  histogram: { from: number; to: number; count: number }[];
}

export function summarizeTokens(lengths: number[], exact: boolean, buckets = 10): TokenSummary {
  if (lengths.length === 0) return { total: 0, min: 0, max: 0, mean: 0, median: 0, p90: 0, exact, histogram: [] };
  const sorted = [...lengths].sort((a, b) => a - b);
  const total = sorted.reduce((sum, n) => sum + n, 0);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const width = Math.max(1, Math.ceil((max - min + 1) / buckets));
  const histogram = Array.from({ length: Math.ceil((max - min + 1) / width) }, (_, i) => ({
    from: min + i * width,
    to: min + (i + 1) * width - 1,
    count: 0,
  }));
  for (const n of sorted) histogram[Math.floor((n - min) / width)].count++;
  return { total, min, max, mean: Math.round(total / sorted.length), median: at(0.5), p90: at(0.9), exact, histogram };
}

export interface DatasetStats {
  dataset_id: string;
  name: string;
  target: { provider: string; model: string; display_name: string; max_tokens_per_example: number; min_examples: number };
  mode: string;
  /** complete, partial (stopped early: see stop_reason), interrupted (its process died), running, failed, cancelled. */
  status: string;
  stop_reason: string | null;
  counts: { total: number; train: number; validation: number; unsplit: number; excluded: number; identified: number; generated: number };
  tokens: TokenSummary;
  distribution: ReturnType<typeof distributionOf>;
  findings: { errors: number; warnings: number; by_rule: Record<string, number>; items: StoredFinding[] };
  files_read: number;
  skipped_files: SkippedFile[];
  /** Files read from a legacy encoding or holding U+FFFD (see DecodingNote). */
  text_decoding: DecodingNote[];
  cost_usd: number;
  split: unknown;
  /** What the agent was asked and what came of it in the latest generating run; null for identify mode. */
  generation: GenerationRecord | null;
}

export function buildStats(input: {
  datasetId: string;
  name: string;
  mode: string;
  state: DatasetState;
  target: TargetModel;
  samples: SampleFacts[];
  tokensExact: boolean;
  findings: StoredFinding[];
  files: RunFiles;
  costUsd: number;
  splitSettings: unknown;
  generation?: GenerationRecord | null;
}): DatasetStats {
  const { samples } = input;
  const splits = samples.map(effectiveSplit);
  const kept = samples.filter((_, i) => splits[i] !== 'excluded');
  const totals = findingTotals(input.findings);
  const assignments = new Map(samples.map((s, i) => [s.id, splits[i] ?? 'train'] as const));
  const hasSplit = splits.some((s) => s === 'validation');
  return {
    dataset_id: input.datasetId,
    name: input.name,
    target: {
      provider: input.target.provider,
      model: input.target.id,
      display_name: input.target.displayName,
      max_tokens_per_example: input.target.maxTokensPerExample,
      min_examples: input.target.minExamples,
    },
    mode: input.mode,
    status: input.state.status,
    stop_reason: input.state.stopReason,
    counts: {
      total: kept.length,
      train: splits.filter((s) => s === 'train').length,
      validation: splits.filter((s) => s === 'validation').length,
      unsplit: splits.filter((s) => s === null).length,
      excluded: splits.filter((s) => s === 'excluded').length,
      identified: kept.filter((s) => s.origin === 'identified').length,
      generated: kept.filter((s) => s.origin === 'generated').length,
    },
    tokens: summarizeTokens(kept.map((s) => s.tokenLength ?? 0), input.tokensExact),
    distribution: distributionOf(
      samples.map((s) => ({ id: s.id, source: s.source.file, keywords: s.keywords, topic: s.splitKeyword })),
      hasSplit ? assignments : undefined,
    ),
    findings: {
      errors: totals.errors,
      warnings: totals.warnings,
      by_rule: totals.byRule,
      items: input.findings,
    },
    files_read: input.files.filesRead,
    skipped_files: input.files.skipped,
    text_decoding: input.files.decoding,
    cost_usd: Math.round(input.costUsd * 10000) / 10000,
    split: input.splitSettings,
    generation: input.generation ?? null,
  };
}
