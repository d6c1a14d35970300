// Starts or resumes a build from the menu through the application API.
// A paid run starts unconfirmed, so the pipeline stops with its cost estimate before spending
// anything; once the user accepts, the same dataset is resumed (resume is always confirmed).
import { buildDataset, resumeDataset } from '../../../core/app/build.js';
import type { BuildRequest, BuildResult } from '../../../core/app/types.js';
import type { RunControls } from '../../hooks/useRun.js';

export type MenuBuildRequest = Omit<BuildRequest, 'onBudgetExceeded' | 'confirmed'>;

export async function startBuild(request: MenuBuildRequest, controls: RunControls): Promise<BuildResult> {
  return buildDataset(
    { ...request, confirmed: false, onBudgetExceeded: controls.askBudget },
    { signal: controls.signal, onProgress: controls.onProgress },
  );
}

/** `batch`: continue through the provider's batch API (the user chose it at the cost confirmation). */
export async function resumeStoredBuild(datasetId: string, request: MenuBuildRequest, controls: RunControls, batch = false): Promise<BuildResult> {
  return resumeDataset(
    datasetId,
    { paths: request.paths, include: request.include, instructions: request.instructions, env: request.env, onBudgetExceeded: controls.askBudget, batch },
    { signal: controls.signal, onProgress: controls.onProgress },
  );
}
