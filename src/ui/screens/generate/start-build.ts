// Starts or resumes a build from the menu: the pipeline is loaded only when a run starts.
// A paid run starts unconfirmed, so the pipeline stops with its cost estimate before spending
// anything; once the user accepts, the same dataset is resumed (resume is always confirmed).
import type { BuildRequest } from '../../../core/pipeline/build.js';
import type { BuildResult } from '../../../core/pipeline/events.js';
import type { RunControls } from '../../hooks/useRun.js';

export type MenuBuildRequest = Omit<BuildRequest, 'onBudgetExceeded' | 'confirmed'>;

export async function startBuild(request: MenuBuildRequest, controls: RunControls): Promise<BuildResult> {
  const { runBuild } = await import('../../../core/pipeline/build.js');
  return runBuild(
    { ...request, confirmed: false, onBudgetExceeded: controls.askBudget },
    { signal: controls.signal, onProgress: controls.onProgress },
  );
}

export async function resumeStoredBuild(datasetId: string, request: MenuBuildRequest, controls: RunControls): Promise<BuildResult> {
  const { resumeBuild } = await import('../../../core/pipeline/build.js');
  return resumeBuild(
    datasetId,
    { paths: request.paths, include: request.include, instructions: request.instructions, env: request.env, onBudgetExceeded: controls.askBudget },
    { signal: controls.signal, onProgress: controls.onProgress },
  );
}
