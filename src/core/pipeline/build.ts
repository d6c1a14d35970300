// One headless or interactive run: ingest → generate → tokens → validate → split → export, all persisted.
import { configSchema, type AppConfig } from '../config/schema.js';
import { requireDataset } from '../export/dataset-stats.js';
import type { InputFile } from '../ingest/folder.js';
import { CancelledError, getErrorMessage, isAbortError } from '../errors.js';
import { sanitizeName, uniqueName } from '../export/names.js';
import type { WorkspacePaths } from '../paths.js';
import { backupDatabase } from '../store/backup.js';
import { openDatabase, type Db } from '../store/database.js';
import { createDataset, datasetNameTaken, updateDataset } from '../store/datasets.js';
import { finishRun, recordRunFiles, startRun } from '../store/runs.js';
import { capDatasetSize } from '../targets/validate.js';
import { resolveTarget } from '../targets/registry.js';
import type { TargetModel } from '../targets/types.js';
import type { BuildResult, PipelineEvent } from './events.js';
import { CostConfirmationNeeded } from './cost-estimate.js';
import { splitSettingsFrom } from '../split/settings.js';
import { finalizeDataset } from './finalize.js';
import { generateStage } from './generate-stage.js';
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
}

export async function runBuild(
  request: BuildRequest,
  options: { signal?: AbortSignal; onProgress?: (e: PipelineEvent) => void } = {},
): Promise<BuildResult> {
  const { config, paths } = request;
  const emit = options.onProgress ?? (() => {});
  const target = resolveTarget(config.provider, config.model);
  const capped = capDatasetSize(target, config.dataset_size);
  if (capped.message) emit({ type: 'warning', message: capped.message });
  const tooSmall = trainingShareTooSmall(target, capped.size, config);
  if (tooSmall) emit({ type: 'warning', message: tooSmall });

  const files = await selectInputFiles(paths.inputDir, request.include);
  const db = openDatabase(paths.dbFile);
  try {
    const name = uniqueName(sanitizeName(config.output_name), (n) => datasetNameTaken(db, n));
    const dataset = createDataset(db, {
      name,
      provider: target.provider,
      model: target.id,
      mode: config.mode,
      config,
      inputDir: paths.inputDir,
      inputFiles: request.include,
    });
    return await runStages(db, dataset.id, name, request, { files, target, size: capped.size }, options.signal, emit);
  } finally {
    db.close();
  }
}

/**
 * Continues a dataset whose run stopped (Ctrl-C, crash, budget): finished work is kept and not redone.
 * It reads the same input folder and files as the run it continues, unless `inputDir`/`include` say otherwise.
 */
export async function resumeBuild(
  datasetId: string,
  request: Omit<BuildRequest, 'config'> & { inputDir?: string },
  options: { signal?: AbortSignal; onProgress?: (e: PipelineEvent) => void } = {},
): Promise<BuildResult> {
  const emit = options.onProgress ?? (() => {});
  const db = openDatabase(request.paths.dbFile);
  try {
    const dataset = requireDataset(db, datasetId);
    const config = configSchema.parse(JSON.parse(dataset.config ?? '{}'));
    if (dataset.status === 'complete') emit({ type: 'warning', message: `${datasetId} is already complete; checking for anything left to do.` });
    const target = resolveTarget(config.provider, config.model);
    const size = capDatasetSize(target, config.dataset_size).size;
    const inputDir = request.inputDir ?? dataset.input_dir ?? request.paths.inputDir;
    const include = request.include ?? (dataset.input_files ? (JSON.parse(dataset.input_files) as string[]) : undefined);
    const files = await selectInputFiles(inputDir, include);
    updateDataset(db, datasetId, { status: 'running' });
    const resumed = { ...request, paths: { ...request.paths, inputDir }, include, config, confirmed: true };
    return await runStages(db, datasetId, dataset.name, resumed, { files, target, size }, options.signal, emit);
  } finally {
    db.close();
  }
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
  const runId = startRun(db, datasetId);
  try {
    const ingest = await ingestStage(files, config, { signal, emit });
    recordRunFiles(db, runId, { filesRead: ingest.documents.length, skipped: ingest.skipped });
    const generated = await generateStage({
      db,
      datasetId,
      config,
      documents: ingest.documents,
      size,
      env: request.env ?? process.env,
      promptsDir: paths.promptsDir,
      instructions: request.instructions,
      signal,
      emit,
      onBudgetExceeded: request.onBudgetExceeded,
      confirmed: request.confirmed ?? false,
    });
    if (signal?.aborted) throw new CancelledError();
    const finished = await finalizeDataset(db, datasetId, target, {
      split: splitSettingsFrom(config),
      outDir: paths.outputDir,
      includeCsv: config.output.include_csv,
      includeStats: config.output.include_stats,
      emit,
    });
    updateDataset(db, datasetId, { status: 'complete' });
    finishRun(db, runId, { status: 'complete' });
    return {
      datasetId,
      name,
      ...finished,
      skipped: ingest.skipped,
      filesRead: ingest.documents.length,
      costUsd: generated.costUsd,
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

/** Warns before any work when the requested size cannot leave the target's minimum for training. */
function trainingShareTooSmall(target: TargetModel, size: number, config: AppConfig): string | undefined {
  const trainOf = (n: number) => (config.split.enabled ? Math.round(n * config.split.ratio) : n);
  const train = trainOf(size);
  if (train >= target.minExamples) return undefined;
  let needed = target.minExamples;
  while (trainOf(needed) < target.minExamples) needed++;
  return `${target.displayName} needs at least ${target.minExamples} training examples; dataset_size ${size}${
    config.split.enabled ? ` with a ${Math.round(config.split.ratio * 100)}% training share` : ''
  } leaves ${train}. Ask for at least ${needed}${config.split.enabled ? ' or use --split none' : ''}.`;
}
