// After generation: keywords, exact token counts, validation, split and export, all from what is stored.
// Re-split, re-export and resume run this same code, so a dataset is always finished the same way.
import { extractKeywords } from '../agents/keywords.js';
import { exportDataset, type ExportFiles } from '../export/export-dataset.js';
import { describeSplit, type SplitSettings } from '../split/settings.js';
import { type SplitProgress, splitSamplesInSlices } from '../split/split.js';
import type { SplitReport } from '../split/distribution.js';
import type { Db } from '../store/database.js';
import { refreshTotals, updateDataset } from '../store/datasets.js';
import { replaceFindings, type StoredFinding } from '../store/runs.js';
import { listSamples, saveSplits, updateTokensAndKeywords, type StoredSample } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { conversationText } from '../text/conversation-text.js';
import { checkDataset } from '../targets/rules/dataset-rules.js';
import { loadTokenCounter } from '../targets/tokens.js';
import { validateExamples } from '../targets/validate.js';
import type { TargetModel } from '../targets/types.js';
import type { Split } from '../types.js';
import type { FindingSummary, PipelineEvent } from './events.js';

export interface FinalizeResult {
  files: ExportFiles;
  samples: number;
  excluded: number;
  findings: FindingSummary;
  datasetErrors: string[];
  split?: SplitReport;
}

export async function finalizeDataset(
  db: Db,
  datasetId: string,
  target: TargetModel,
  options: { split: SplitSettings; outDir: string; includeCsv: boolean; includeStats: boolean; emit: (e: PipelineEvent) => void },
): Promise<FinalizeResult> {
  const { emit } = options;
  emit({ type: 'stage', stage: 'tokens', message: `Counting tokens for ${target.displayName}` });
  const samples = listSamples(db, datasetId);
  await measureSamples(db, samples, target);

  emit({ type: 'stage', stage: 'validate', message: `Checking ${samples.length} examples against ${target.displayName} rules` });
  const formatted = samples.map((s) => formatExample(target, s.conversation));
  const report = await validateExamples(target, formatted, {
    validationCount: options.split.enabled ? Math.round(samples.length * (1 - options.split.ratio)) : 0,
  });
  const findings: StoredFinding[] = report.findings.map((f) => ({ ...f, sampleId: f.line > 0 ? samples[f.line - 1].id : null }));
  updateDataset(db, datasetId, { tokens_exact: report.tokens.exact ? 1 : 0 });
  const invalid = new Set(findings.filter((f) => f.severity === 'error' && f.sampleId).map((f) => f.sampleId!));

  const { report: split, assignments } = await assignSplits(db, datasetId, samples, invalid, options.split, emit);
  // The file-size limits (e.g. Mistral's 1 MB validation file) apply to the files the split makes.
  findings.push(...fileSizeFindings(target, samples, formatted, assignments).map((f) => ({ ...f, sampleId: null })));
  replaceFindings(db, datasetId, findings);
  refreshTotals(db, datasetId);

  emit({ type: 'stage', stage: 'export', message: `Writing files to ${options.outDir}` });
  const files = exportDataset(db, datasetId, options);
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  return {
    files,
    samples: samples.length - invalid.size,
    excluded: invalid.size,
    findings: {
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      byRule,
    },
    datasetErrors: findings.filter((f) => f.severity === 'error' && !f.sampleId).map((f) => f.message),
    split,
  };
}

/** Byte sizes of the train and validation files the export will write, against the target's limits. */
function fileSizeFindings(
  target: TargetModel,
  samples: StoredSample[],
  formatted: Record<string, unknown>[],
  assignments: Map<string, Split | null>,
) {
  const sides = { train: { examples: 0, bytes: 0 }, validation: { examples: 0, bytes: 0 } };
  samples.forEach((s, i) => {
    const assigned = assignments.get(s.id);
    if (assigned === 'excluded') return;
    const side = assigned === 'validation' ? sides.validation : sides.train;
    side.examples++;
    side.bytes += Buffer.byteLength(JSON.stringify(formatted[i]), 'utf8') + 1;
  });
  const train = checkDataset(target, { role: 'train', examples: sides.train.examples, validationCount: 0, fileBytes: sides.train.bytes });
  const validation = sides.validation.examples
    ? checkDataset(target, { role: 'validation', examples: sides.validation.examples, validationCount: 0, fileBytes: sides.validation.bytes })
    : [];
  return [...train, ...validation].filter((f) => f.rule === 'file_too_large' || f.rule === 'file_needs_multipart_upload');
}

/** Token counts and keywords for samples that have none yet (a dataset's target and texts never change, so a re-split reuses them). */
async function measureSamples(db: Db, samples: StoredSample[], target: TargetModel): Promise<void> {
  const unmeasured = samples.filter((s) => s.tokenLength === undefined || s.keywords.length === 0);
  if (unmeasured.length === 0) return;
  const count = await loadTokenCounter(target);
  const missingKeywords = unmeasured.filter((s) => s.keywords.length === 0);
  const keywords = extractKeywords(missingKeywords.map((s) => conversationText(s.conversation)));
  const keywordsById = new Map(missingKeywords.map((s, i) => [s.id, keywords[i]]));
  for (const s of unmeasured) {
    s.tokenLength ??= count(formatExample(target, s.conversation)).tokens;
    s.keywords = keywordsById.get(s.id) ?? s.keywords;
  }
  updateTokensAndKeywords(db, unmeasured.map((s) => ({ id: s.id, tokens: s.tokenLength ?? 0, keywords: s.keywords })));
}

async function assignSplits(
  db: Db,
  datasetId: string,
  samples: StoredSample[],
  invalid: Set<string>,
  settings: SplitSettings,
  emit: (e: PipelineEvent) => void,
): Promise<{ report: SplitReport | undefined; assignments: Map<string, Split | null> }> {
  const assignments = new Map<string, Split | null>();
  for (const s of samples) if (invalid.has(s.id)) assignments.set(s.id, 'excluded');
  const valid = samples.filter((s) => !invalid.has(s.id));
  let report: SplitReport | undefined;
  let topics: Map<string, string> | undefined;
  if (settings.enabled && valid.length >= 2) {
    const message = `Splitting ${valid.length} samples (${describeSplit(settings)})`;
    emit({ type: 'stage', stage: 'split', message });
    // In slices: a re-split from the menu must not freeze it (100k samples take about 2 s).
    let shownTenths = 0;
    const result = await splitSamplesInSlices(
      valid.map((s) => ({ id: s.id, text: conversationText(s.conversation), source: s.source.file, keywords: s.keywords })),
      settings,
      {
        onProgress: (p) => {
          const tenths = progressTenths(p);
          if (tenths > shownTenths) emit({ type: 'stage', stage: 'split', message: `${message}: ${tenths * 10}%` });
          shownTenths = Math.max(shownTenths, tenths);
        },
      },
    );
    for (const [id, side] of result.assignments) assignments.set(id, side);
    report = result.report;
    topics = result.topics;
  } else {
    for (const s of valid) assignments.set(s.id, null);
  }
  saveSplits(db, datasetId, assignments, topics);
  updateDataset(db, datasetId, { split_settings: JSON.stringify({ ...settings, report: report ?? null }) });
  return { report, assignments };
}

/** How far a split is, in tenths: the near-duplicate search is most of the work (shingles 30%, comparing 60%). */
function progressTenths(p: SplitProgress): number {
  const share = p.total === 0 ? 0 : p.done / p.total;
  const overall = p.phase === 'shingles' ? 0.3 * share : p.phase === 'compare' ? 0.3 + 0.6 * share : 0.9 + 0.1 * share;
  return Math.floor(overall * 10);
}
