// Use cases of a run: start a build, or resume a stopped one. This layer owns the database: it opens
// it (checking it is healthy) and hands the open store to the pipeline, which is loaded only when a
// run starts, so the menu and `ftdb list` stay fast.
import type { BuildRequest } from '../pipeline/build.js';
import type { BuildResult, PipelineEvent } from '../pipeline/events.js';
import type { LongWork } from '../types.js';
import { loadDotEnv } from '../config/env.js';
import { findDataset, withDatabaseAsync } from '../store/access.js';
import { openDatabase } from '../store/database.js';
import { assertHealthy } from '../store/health.js';

export type RunWork = LongWork<PipelineEvent>;

export async function buildDataset(request: BuildRequest, work: RunWork = {}): Promise<BuildResult> {
  freshDotEnv(request);
  const { planBuild, runBuild } = await import('../pipeline/build.js');
  // Checked before the database is opened (and so created): a refused build writes nothing.
  const plan = await planBuild(request, work.onProgress);
  const db = openDatabase(request.paths.dbFile);
  try {
    // More work on a damaged database only spreads the damage: refused before the run starts.
    assertHealthy(db, request.paths.dbFile);
    return await runBuild(db, plan, work);
  } finally {
    db.close();
  }
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
  const { dbFile } = request.paths;
  return withDatabaseAsync(dbFile, async (db) => {
    const datasetId = findDataset(db, idOrName).id;
    freshDotEnv(request);
    const { resumeBuild } = await import('../pipeline/build.js');
    assertHealthy(db, dbFile);
    return resumeBuild(db, datasetId, request, work);
  });
}

/**
 * Every run reads .env again (the menu lives long: a key added after a "no API key" error must work on
 * the retry, without a restart). A caller that passes its own `env` manages it itself.
 */
function freshDotEnv(request: Pick<BuildRequest, 'env' | 'paths'>): void {
  if (!request.env) loadDotEnv(request.paths.envFile, process.env, { reread: true });
}
