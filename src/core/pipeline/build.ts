// One headless or interactive run: ingest → generate → tokens → validate → split → export, all persisted
// in the store the application layer opened (src/core/app/build.ts).
import { MODE_NEEDS } from '../choices.js';
import { configSchema, type AppConfig } from '../config/schema.js';
import { resolveProviderSettings } from '../llm/provider-settings.js';
import { requireDataset } from '../export/dataset-stats.js';
import type { InputFile } from '../ingest/folder.js';
import { CancelledError, getErrorMessage, isAbortError } from '../errors.js';
import { sanitizeName, uniqueName } from '../export/names.js';
import type { WorkspacePaths } from '../paths.js';
import { backupDatabase } from '../store/backup.js';
import type { Db } from '../store/database.js';
import { createDataset, datasetNameTaken, updateDataset } from '../store/datasets.js';
import { finishRun, recordRunFiles, startRun } from '../store/runs.js';
import { writeTransaction } from '../store/write-lock.js';
import { loadTokenCounter } from '../targets/tokens.js';
import { capDatasetSize } from '../targets/validate.js';
import { checkTrainable } from '../targets/lifecycle.js';
import { resolveConfiguredTarget } from '../targets/registry.js';
import type { TargetModel } from '../targets/types.js';
import type { BuildResult, PipelineEvent } from './events.js';
import { CostConfirmationNeeded } from './cost-estimate.js';
import { splitSettingsFrom } from '../split/settings.js';
import { finalizeDataset } from './finalize.js';
import { generateStage } from './generate-stage.js';
import { identifyWhileReading } from './identify-stage.js';
import { ingestStage, selectInputFiles } from './ingest-stage.js';

export interface BuildRequest {
  config: AppConfig;
  paths: WorkspacePaths;
  /** Input files to read (paths relative to the input folder); all when absent. */
  include?: string[];
  env?: NodeJS.ProcessEnv;
  /** Free mode instructions typed by the user (else prompts/free_mode/prompt.txt). */
  instructions?: string;
  onBudgetExceeded?: (spentUsd: number, capUsd: number) => Promise<'continue' | 'stop'>;
  /** The user accepted the cost estimate of a paid mode (--yes, or the menu's confirmation). */
  confirmed?: boolean;
  /** Build for a target past its training cut-off (an account that still has access); says so. */
  allowRetired?: boolean;
}

/** What a build was checked to need before anything is written: the files to read and the capped size. */
export interface PlannedBuild {
  request: BuildRequest;
  files: InputFile[];
  target: TargetModel;
  size: number;
}

/**
 * The checks of a new build, before anything is written (the caller opens the database only after
 * them): a retired target is refused (exit 2) and nothing is created; warnings go out at once.
 */
export async function planBuild(request: BuildRequest, emit: (e: PipelineEvent) => void = () => {}): Promise<PlannedBuild> {
  const { config, paths } = request;
  const target = resolveConfiguredTarget(config);
  const lifecycle = checkTrainable(target, { allowRetired: request.allowRetired });
  if (lifecycle) emit({ type: 'warning', message: lifecycle });
  const capped = capDatasetSize(target, config.dataset_size);
  if (capped.message) emit({ type: 'warning', message: capped.message });
  const tooSmall = trainingShareTooSmall(target, capped.size, config);
  if (tooSmall) emit({ type: 'warning', message: tooSmall });

  await checkBeforeReading(config, request);
  const files = await selectInputFiles(paths.inputDir, request.include);
  return { request, files, target, size: capped.size };
}

/** Runs a planned build on the open store `db` (the application layer opens and closes it). */
export async function runBuild(
  db: Db,
  { request, files, target, size }: PlannedBuild,
  options: { signal?: AbortSignal; onProgress?: (e: PipelineEvent) => void } = {},
): Promise<BuildResult> {
  const { config, paths } = request;
  const emit = options.onProgress ?? (() => {});
  // Name and row in one write transaction: two builds started together must not pick the same name.
  const dataset = writeTransaction(db, () =>
    createDataset(db, {
      name: uniqueName(sanitizeName(config.output_name), (n) => datasetNameTaken(db, n)),
      provider: target.provider,
      model: target.id,
      mode: config.mode,
      config,
      inputDir: paths.inputDir,
      inputFiles: request.include,
    }),
  );
  return runStages(db, dataset.id, dataset.name, request, { files, target, size }, options.signal, emit);
}

/**
 * Continues a dataset whose run stopped (Ctrl-C, crash, budget) on the open store `db`: finished work
 * is kept and not redone. It reads the same input folder and files as the run it continues, unless
 * `inputDir`/`include` say otherwise.
 */
export async function resumeBuild(
  db: Db,
  datasetId: string,
  /** batch: continue through the provider's batch API (system.batch), whatever the run started with. */
  request: Omit<BuildRequest, 'config'> & { inputDir?: string; batch?: boolean },
  options: { signal?: AbortSignal; onProgress?: (e: PipelineEvent) => void } = {},
): Promise<BuildResult> {
  const emit = options.onProgress ?? (() => {});
  const dataset = requireDataset(db, datasetId);
  const stored = configSchema.parse(JSON.parse(dataset.config ?? '{}'));
  const config = request.batch ? { ...stored, system: { ...stored.system, batch: true } } : stored;
  if (dataset.status === 'complete') emit({ type: 'warning', message: `${datasetId} is already complete; checking for anything left to do.` });
  const target = resolveConfiguredTarget(config);
  const lifecycle = checkTrainable(target, { allowRetired: request.allowRetired });
  if (lifecycle) emit({ type: 'warning', message: lifecycle });
  const size = capDatasetSize(target, config.dataset_size).size;
  const inputDir = request.inputDir ?? dataset.input_dir ?? request.paths.inputDir;
  const include = request.include ?? (dataset.input_files ? (JSON.parse(dataset.input_files) as string[]) : undefined);
  await checkBeforeReading(config, request);
  const files = await selectInputFiles(inputDir, include);
  updateDataset(db, datasetId, { status: 'running' });
  const resumed = { ...request, paths: { ...request.paths, inputDir }, include, config, confirmed: true };
  return runStages(db, datasetId, dataset.name, resumed, { files, target, size }, options.signal, emit);
}

async function runStages(
  db: Db,
  datasetId: string,
  name: string,
  request: BuildRequest,
  { files, target, size }: { files: InputFile[]; target: TargetModel; size: number },
  signal: AbortSignal | undefined,
  emit: (e: PipelineEvent) => void,
): Promise<BuildResult> {
  const { config, paths } = request;
  emit({ type: 'dataset', datasetId, name });
  // Loaded while the files are read and samples made, not after: finalize needs it first thing.
  // A failure here is reported where the counter is used (finalize), so it is only noted now.
  loadTokenCounter(target).catch(() => {});
  const runId = startRun(db, datasetId);
  try {
    const { ingest, generated } = await readAndGenerate(db, datasetId, runId, request, { files, size }, signal, emit);
    if (signal?.aborted) throw new CancelledError();
    // Recorded before export, so the stats file and `ftdb list` say the same thing as the exit code.
    const outcome = generated.stopReason ? 'partial' : 'complete';
    // The run row stays 'running' until finishRun, so a crash during export still shows as interrupted.
    updateDataset(db, datasetId, { status: outcome, stop_reason: generated.stopReason ?? null });
    const finished = await finalizeDataset(db, datasetId, target, {
      split: splitSettingsFrom(config),
      outDir: paths.outputDir,
      includeCsv: config.output.include_csv,
      includeStats: config.output.include_stats,
      emit,
    });
    finishRun(db, runId, { status: outcome, error: generated.stopReason && `stopped: ${generated.stopReason}` });
    return {
      datasetId,
      name,
      status: outcome,
      stopReason: generated.stopReason,
      ...finished,
      ...ingest,
      costUsd: generated.costUsd,
      generation: generated.generation,
    };
  } catch (error) {
    // Waiting for a cost confirmation is a pause, like a cancel: `ftdb resume` picks it up.
    const status = isAbortError(error) || error instanceof CostConfirmationNeeded ? 'cancelled' : 'failed';
    updateDataset(db, datasetId, { status });
    finishRun(db, runId, { status, error: getErrorMessage(error) });
    throw error;
  } finally {
    await backupDatabase(db, paths.dbFile, 'after-run').catch((error: unknown) =>
      emit({ type: 'warning', message: `Backup failed: ${getErrorMessage(error)}` }),
    );
  }
}

/**
 * Ingest and generation. The extracted documents live only in here: once the samples are stored
 * they are dropped, instead of staying in memory through validation, split and export.
 */
async function readAndGenerate(
  db: Db,
  datasetId: string,
  runId: number,
  request: BuildRequest,
  { files, size }: { files: InputFile[]; size: number },
  signal: AbortSignal | undefined,
  emit: (e: PipelineEvent) => void,
) {
  const { config, paths } = request;
  // Identify mode looks for conversations as each file is read and keeps no document text.
  const finder = config.mode === 'identify' ? identifyWhileReading(config) : undefined;
  const { documents, skipped, decoding } = await ingestStage(files, config, { signal, emit, keep: finder?.keep });
  recordRunFiles(db, runId, { filesRead: documents.length, skipped, decoding });
  const generated = await generateStage({
    db,
    datasetId,
    config,
    documents,
    identified: finder?.found,
    size,
    env: request.env ?? process.env,
    promptsDir: paths.promptsDir,
    instructions: request.instructions,
    signal,
    emit,
    onBudgetExceeded: request.onBudgetExceeded,
    confirmed: request.confirmed ?? false,
  });
  return { ingest: { skipped, filesRead: documents.length, decoding }, generated };
}

/** Warns before any work when the requested size cannot leave the target's minimum for training. */
function trainingShareTooSmall(target: TargetModel, size: number, config: AppConfig): string | undefined {
  const trainOf = (n: number) => (config.split.enabled ? Math.round(n * config.split.ratio) : n);
  const train = trainOf(size);
  if (train >= target.minExamples) return undefined;
  // Computed, not searched by counting up: a tiny share (1e-9) would take ~10^10 steps.
  // round(n * ratio) >= min  ⇔  n >= (min - 0.5) / ratio; the two steps only absorb float error.
  let needed = config.split.enabled ? Math.max(1, Math.ceil((target.minExamples - 0.5) / config.split.ratio)) : target.minExamples;
  if (needed > 1 && trainOf(needed - 1) >= target.minExamples) needed--;
  if (trainOf(needed) < target.minExamples) needed++;
  return `${target.displayName} needs at least ${target.minExamples} training examples; dataset_size ${size}${
    config.split.enabled ? ` with a ${Math.round(config.split.ratio * 100)}% training share` : ''
  } leaves ${train}. Ask for at least ${needed}${config.split.enabled ? ' or build without a split' : ''}.`;
}

/**
 * What a run needs besides files is checked before any file is read (reading can take minutes) and
 * before the cost question: a paid mode's key and endpoint, free mode's instructions.
 */
async function checkBeforeReading(config: AppConfig, request: Pick<BuildRequest, 'env' | 'instructions' | 'paths'>): Promise<void> {
  if (MODE_NEEDS[config.mode].agent) resolveProviderSettings(config.system.agentic_llm, request.env ?? process.env);
  if (config.mode !== 'free') return;
  const { requireFreeInstructions } = await import('../agents/free/free-instructions.js');
  await requireFreeInstructions({ promptsDir: request.paths.promptsDir, usePromptFile: config.agent.free.use_prompt_file, instructions: request.instructions });
}
