// After generation: keywords, exact token counts, validation, split and export, all from what is stored.
// Re-split, re-export and resume run this same code, so a dataset is always finished the same way.
import { extractKeywords } from '../agents/keywords.js';
import { exportDataset, type ExportFiles } from '../export/export-dataset.js';
import { describeSplit, type SplitSettings } from '../split/settings.js';
import { type SplitProgress, splitSamplesInSlices } from '../split/split.js';
import type { SplitReport } from '../split/distribution.js';
import type { Db } from '../store/database.js';
import { refreshTotals, updateDataset } from '../store/datasets.js';
import { collapseEverySample, findingTotals, replaceFindings, type StoredFinding } from '../store/runs.js';
import { listSamples, saveSplits, updateTokensAndKeywords, type StoredSample } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import { conversationText } from '../text/conversation-text.js';
import { checkDataset } from '../targets/rules/dataset-rules.js';
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
  // Read and parsed once; every step below (and the export) works from these samples and lines.
  const samples = listSamples(db, datasetId);
  emit({ type: 'stage', stage: 'validate', message: `Checking ${samples.length} examples against ${target.displayName} rules` });
  const { report, lines } = await validateSamples(target, samples, options.split);
  storeMeasures(db, samples, report.tokens.perExample);
  const perSample: StoredFinding[] = report.findings.map((f) => ({ ...f, sampleId: f.line > 0 ? samples[f.line - 1].id : null }));
  updateDataset(db, datasetId, { tokens_exact: report.tokens.exact ? 1 : 0 });
  const invalid = new Set(perSample.filter((f) => f.severity === 'error' && f.sampleId).map((f) => f.sampleId!));

  const { report: split, assignments } = await assignSplits(db, datasetId, samples, invalid, options.split, emit);
  // The file-size limits (e.g. Mistral's 1 MB validation file) apply to the files the split makes.
  const fileFindings = fileSizeFindings(target, samples, lines, assignments).map((f) => ({ ...f, sampleId: null }));
  const findings = collapseEverySample([...perSample, ...fileFindings], samples.length);
  replaceFindings(db, datasetId, findings);
  refreshTotals(db, datasetId);

  emit({ type: 'stage', stage: 'export', message: `Writing files to ${options.outDir}` });
  const files = exportDataset(db, datasetId, options, { samples, lines });
  const totals = findingTotals(findings);
  return {
    files,
    samples: samples.length - invalid.size,
    excluded: invalid.size,
    findings: { errors: totals.errors, warnings: totals.warnings, byRule: totals.byRule },
    datasetErrors: findings.filter((f) => f.severity === 'error' && !f.sampleId).map((f) => f.message),
    split,
  };
}

/**
 * Each sample in the target's format, checked against its rules: the JSONL lines are kept for the
 * export, the formatted objects are not. Token counts stored with the samples are reused (a
 * re-split counts nothing); the validator counts the rest, once.
 */
async function validateSamples(target: TargetModel, samples: StoredSample[], split: SplitSettings) {
  const formatted = samples.map((s) => formatExample(target, s.conversation));
  const lines = formatted.map((example) => JSON.stringify(example));
  const report = await validateExamples(target, formatted, {
    validationCount: split.enabled ? Math.round(samples.length * (1 - split.ratio)) : 0,
    lines,
    knownTokens: samples.map((s) => s.tokenLength),
  });
  return { report, lines };
}

/** Byte sizes of the train and validation files the export will write, against the target's limits. */
function fileSizeFindings(
  target: TargetModel,
  samples: StoredSample[],
  lines: readonly string[],
  assignments: Map<string, Split | null>,
) {
  const sides = { train: { examples: 0, bytes: 0 }, validation: { examples: 0, bytes: 0 } };
  samples.forEach((s, i) => {
    const assigned = assignments.get(s.id);
    if (assigned === 'excluded') return;
    const side = assigned === 'validation' ? sides.validation : sides.train;
    side.examples++;
    side.bytes += Buffer.byteLength(lines[i], 'utf8') + 1;
  });
  const train = checkDataset(target, { role: 'train', examples: sides.train.examples, validationCount: 0, fileBytes: sides.train.bytes });
  const validation = sides.validation.examples
    ? checkDataset(target, { role: 'validation', examples: sides.validation.examples, validationCount: 0, fileBytes: sides.validation.bytes })
    : [];
  return [...train, ...validation].filter((f) => f.rule === 'file_too_large' || f.rule === 'file_needs_multipart_upload');
}

/**
 * Stores the token counts the validator just made (for samples that had none) and keywords for
 * samples without any: a dataset's target and texts never change, so a re-split reuses both.
 */
function storeMeasures(db: Db, samples: StoredSample[], tokens: readonly number[]): void {
  const unmeasured = samples.flatMap((s, i) => (s.tokenLength === undefined || s.keywords.length === 0 ? [i] : []));
  if (unmeasured.length === 0) return;
  const missingKeywords = unmeasured.filter((i) => samples[i].keywords.length === 0);
  const keywords = extractKeywords(missingKeywords.map((i) => conversationText(samples[i].conversation)));
  missingKeywords.forEach((i, k) => (samples[i].keywords = keywords[k]));
  for (const i of unmeasured) samples[i].tokenLength ??= tokens[i];
  updateTokensAndKeywords(db, unmeasured.map((i) => ({ id: samples[i].id, tokens: samples[i].tokenLength ?? 0, keywords: samples[i].keywords })));
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
  // The export works from these samples: they get what was just stored.
  for (const s of samples) {
    if (!assignments.has(s.id)) continue;
    s.split = assignments.get(s.id) ?? null;
    s.splitKeyword = topics?.get(s.id);
  }
  updateDataset(db, datasetId, { split_settings: JSON.stringify({ ...settings, report: report ?? null }) });
  return { report, assignments };
}

/** How far a split is, in tenths: the near-duplicate search is most of the work (shingles 30%, comparing 60%). */
function progressTenths(p: SplitProgress): number {
  const share = p.total === 0 ? 0 : p.done / p.total;
  const overall = p.phase === 'shingles' ? 0.3 * share : p.phase === 'compare' ? 0.3 + 0.6 * share : 0.9 + 0.1 * share;
  return Math.floor(overall * 10);
}
