// Use cases of a run: start a build, or resume a stopped one. The pipeline is loaded only when a
// run starts, so the menu and `ftdb list` stay fast.
import type { BuildRequest } from '../pipeline/build.js';
import type { BuildResult, PipelineEvent } from '../pipeline/events.js';
import type { LongWork } from '../types.js';
import { loadDotEnv } from '../config/env.js';
import { datasetById } from './datasets.js';

export type RunWork = LongWork<PipelineEvent>;

export async function buildDataset(request: BuildRequest, work: RunWork = {}): Promise<BuildResult> {
  freshDotEnv(request);
  const { runBuild } = await import('../pipeline/build.js');
  return runBuild(request, work);
}

/**
 * Continues a stopped run of the dataset `idOrName` (id, unique prefix or name) with the settings it
 * was started with; `inputDir`/`include` override the files it reads.
 */
export async function resumeDataset(
  idOrName: string,
  request: Omit<BuildRequest, 'config'> & { inputDir?: string; batch?: boolean },
  work: RunWork = {},
): Promise<BuildResult> {
  const datasetId = datasetById(request.paths.dbFile, idOrName).id;
  freshDotEnv(request);
  const { resumeBuild } = await import('../pipeline/build.js');
  return resumeBuild(datasetId, request, work);
}

/**
 * Every run reads .env again (the menu lives long: a key added after a "no API key" error must work on
 * the retry, without a restart). A caller that passes its own `env` manages it itself.
 */
function freshDotEnv(request: Pick<BuildRequest, 'env' | 'paths'>): void {
  if (!request.env) loadDotEnv(request.paths.envFile, process.env, { reread: true });
}
