// Use cases of a run: start a build, or resume a stopped one. The pipeline is loaded only when a
// run starts, so the menu and `ftdb list` stay fast.
import type { BuildRequest } from '../pipeline/build.js';
import type { BuildResult, PipelineEvent } from '../pipeline/events.js';
import type { LongWork } from '../types.js';
import { datasetById } from './datasets.js';

export type RunWork = LongWork<PipelineEvent>;

export async function buildDataset(request: BuildRequest, work: RunWork = {}): Promise<BuildResult> {
  const { runBuild } = await import('../pipeline/build.js');
  return runBuild(request, work);
}

/**
 * Continues a stopped run of the dataset `idOrName` (id, unique prefix or name) with the settings it
 * was started with; `inputDir`/`include` override the files it reads.
 */
export async function resumeDataset(
  idOrName: string,
  request: Omit<BuildRequest, 'config'> & { inputDir?: string },
  work: RunWork = {},
): Promise<BuildResult> {
  const datasetId = datasetById(request.paths.dbFile, idOrName).id;
  const { resumeBuild } = await import('../pipeline/build.js');
  return resumeBuild(datasetId, request, work);
}
