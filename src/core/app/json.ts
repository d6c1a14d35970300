// The stable `--json` contracts of every command, built here only (add fields freely, never rename).
import type { BuildResult } from '../pipeline/events.js';
import type { BatchStatus } from './batches.js';
import type { SavedDataset } from './datasets.js';
import type { CheckedBackup, RestoreOutcome } from './restore.js';
import type { ExportWarning } from './export-warning.js';
import type { ValidationReport } from '../targets/validate.js';
import { statusOf } from '../targets/lifecycle.js';
import { countKind, hasExactTokens } from '../targets/tokens.js';
import type { TargetModel } from '../targets/types.js';

/**
 * What a build, resume, re-split or export reports: a BuildResult, except that an export has no
 * run status and carries only the split's counts.
 */
export type DatasetOutcome = Omit<BuildResult, 'status' | 'split'> & {
  status?: BuildResult['status'];
  split?: { train: number; validation: number };
};

/**
 * build / resume / split / export: one set of fields. `export_warning` says why an export deserves a
 * second look (empty, unfinished, never validated); null otherwise, and always for the other commands.
 */
export function datasetJson(result: DatasetOutcome, warning?: ExportWarning) {
  return {
    dataset_id: result.datasetId,
    name: result.name,
    status: result.status ?? 'complete',
    stop_reason: result.stopReason ?? null,
    next_step: result.status === 'partial' ? resumeCommand(result.datasetId) : null,
    samples: result.samples,
    excluded: result.excluded,
    files: result.files,
    skipped: result.skipped.map((s) => ({
      file: s.file, reason: s.reason, kind: s.kind, hint: s.hint,
      // partly_read only: lines or rows left out, and the first of them.
      ...(s.count !== undefined && { count: s.count, line: s.line ?? null }),
    })),
    files_read: result.filesRead,
    text_decoding: result.decoding ?? [],
    cost_usd: result.costUsd,
    findings: result.findings,
    dataset_errors: result.datasetErrors,
    split: result.split ? { train: result.split.train, validation: result.split.validation } : null,
    generation: result.generation ?? null,
    export_warning: warning
      ? { kind: warning.kind, message: warning.message, next_step: warning.resumable ? resumeCommand(result.datasetId) : null }
      : null,
  };
}

/** How to continue a dataset whose run stopped early. */
export function resumeCommand(datasetId: string): string {
  return `ftdb resume ${datasetId}`;
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

export function datasetListJson(rows: SavedDataset[]) {
  return rows.map((d) => ({
    dataset_id: d.id,
    name: d.name,
    provider: d.provider,
    model: d.model,
    mode: d.mode,
    samples: d.samples,
    created_at: d.created_at,
    status: d.state.status,
    stop_reason: d.state.stopReason,
    next_step: d.state.next ?? null,
    tokens: d.total_tokens ?? 0,
    cost_usd: d.cost_usd,
  }));
}

export function validationJson(target: TargetModel, report: ValidationReport, file: string, role: 'train' | 'validation', lifecycleWarning?: string) {
  return {
    valid: report.valid,
    format: report.format,
    lifecycle_warning: lifecycleWarning ?? null,
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
    status: statusOf(t),
    usable: statusOf(t) !== 'retired',
    status_date: t.statusDate ?? null,
    training_ends_date: t.trainingEndsDate ?? null,
    shutdown_date: t.shutdownDate ?? null,
    successor: t.successor ?? null,
    status_note: t.statusNote ?? null,
    format: t.format,
    formats: t.formats ?? [t.format],
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
    token_count: countKind(t),
    source: t.source,
    sources: t.sources ?? [],
  };
}

/** ftdb restore --list. */
export function backupsJson(backups: CheckedBackup[]) {
  return backups.map((b) => ({ file: b.file, bytes: b.bytes, modified: b.modified, ok: b.problem === undefined, problem: b.problem ?? null }));
}

/** ftdb restore. */
export function restoreJson(outcome: RestoreOutcome) {
  return { database: outcome.database, restored_from: outcome.restoredFrom, kept_aside: outcome.keptAside ?? null, backups: backupsJson(outcome.backups) };
}

/** `ftdb status ID`: the dataset's state and each provider batch of a batch run. */
export function batchStatusJson(status: BatchStatus) {
  return {
    dataset_id: status.datasetId,
    name: status.name,
    status: status.state.status,
    next_step: status.state.next ?? null,
    batches: status.batches.map((b) => ({
      batch_id: b.batch_id,
      local_id: b.local_id,
      provider: b.provider,
      model: b.model,
      state: b.state,
      requests: { total: b.total, completed: b.completed, failed: b.failed },
      collected: b.collected === 1,
      failed_by_cause: JSON.parse(b.causes) as Record<string, number>,
      worst_case_usd: b.worst_case_usd,
      reason: b.reason,
      created_at: b.created_at,
      updated_at: b.updated_at,
    })),
  };
}
