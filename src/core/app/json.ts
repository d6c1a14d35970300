// The stable `--json` contracts of every command, built here only (add fields freely, never rename).
import type { BuildResult } from '../pipeline/events.js';
import type { DatasetRow } from '../store/datasets.js';
import type { ValidationReport } from '../targets/validate.js';
import { hasExactTokens } from '../targets/tokens.js';
import type { TargetModel } from '../targets/types.js';

/** What a build, resume, re-split or export reports (a BuildResult fits it; a stored split has only the counts). */
export type DatasetOutcome = Omit<BuildResult, 'split'> & { split?: { train: number; validation: number } };

/** build / resume / split / export. */
export function datasetJson(result: DatasetOutcome) {
  return {
    dataset_id: result.datasetId,
    name: result.name,
    samples: result.samples,
    excluded: result.excluded,
    files: result.files,
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason, kind: s.kind, hint: s.hint })),
    files_read: result.filesRead,
    cost_usd: result.costUsd,
    findings: result.findings,
    dataset_errors: result.datasetErrors,
    split: result.split ? { train: result.split.train, validation: result.split.validation } : null,
  };
}

/** A build or resume that stopped (cancelled, waiting for a cost confirmation, failed). */
export interface StoppedRun {
  datasetId?: string;
  status: 'cancelled' | 'failed';
  samplesKept: number;
  error: string;
  next: string;
}

export function stoppedRunJson(run: StoppedRun) {
  return { dataset_id: run.datasetId ?? null, status: run.status, samples_kept: run.samplesKept, error: run.error, next: run.next };
}

export function datasetListJson(rows: DatasetRow[]) {
  return rows.map((d) => ({
    dataset_id: d.id,
    name: d.name,
    provider: d.provider,
    model: d.model,
    mode: d.mode,
    samples: d.total_samples ?? 0,
    created_at: d.created_at,
    status: d.status,
    tokens: d.total_tokens ?? 0,
    cost_usd: d.cost_usd,
  }));
}

export function validationJson(target: TargetModel, report: ValidationReport, file: string, role: 'train' | 'validation') {
  return {
    valid: report.valid,
    examples: report.examples,
    findings: report.findings,
    tokens: {
      total: report.tokens.total,
      min: report.tokens.min,
      max: report.tokens.max,
      mean: report.tokens.mean,
      exact: report.tokens.exact,
    },
    estimated_cost_usd: report.estimatedCostUsd ?? null,
    billed_tokens: report.billedTokens ?? null,
    epochs: report.epochs ?? null,
    provider: target.provider,
    model: target.id,
    file,
    role,
  };
}

export function modelJson(t: TargetModel) {
  return {
    provider: t.provider,
    id: t.id,
    display_name: t.displayName,
    aliases: t.aliases,
    host: t.host ?? null,
    host_model_id: t.hostModelId ?? null,
    status: t.status,
    status_date: t.statusDate ?? null,
    status_note: t.statusNote ?? null,
    format: t.format,
    max_tokens_per_example: t.maxTokensPerExample,
    over_limit: t.overLimit,
    min_examples: t.minExamples,
    max_examples: t.maxExamples ?? null,
    max_total_examples: t.maxTotalExamples ?? null,
    max_validation_examples: t.maxValidationExamples ?? null,
    max_file_bytes: t.maxFileBytes ?? null,
    training_price_per_mtok: t.trainingPricePerMTok ?? null,
    default_epochs: t.defaultEpochs ?? null,
    tokenizer: t.tokenizer,
    exact_tokens: hasExactTokens(t),
    source: t.source,
  };
}
