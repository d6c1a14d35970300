// Runs a build or resume for a command: Ctrl-C cancels it cleanly, and the outcome is printed as the
// summary or `--json`. A run that stops still prints one JSON object (dataset id, status, samples
// kept, what to run next) and exits non-zero.
import { datasetJson, stoppedRunJson } from '../core/app/json.js';
import { stoppedRun } from '../core/app/stopped-run.js';
import type { BuildResult } from '../core/app/types.js';
import type { RunWork } from '../core/app/build.js';
import { buildExitCode, printBuildSummary } from './build-summary.js';
import { printJson, reportError } from './output.js';
import { createProgressLog } from './progress-log.js';

export async function runAndReport(
  start: (work: RunWork) => Promise<BuildResult>,
  options: { json?: boolean; quiet?: boolean; dbFile: string; cwd: string; datasetId?: string },
): Promise<number> {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let datasetId = options.datasetId;
  const log = createProgressLog(options.quiet);
  try {
    const result = await start({
      signal: controller.signal,
      onProgress: (event) => {
        if (event.type === 'dataset') datasetId = event.datasetId;
        log(event);
      },
    });
    if (options.json) printJson(datasetJson(result));
    else printBuildSummary(result, options.cwd);
    return buildExitCode(result);
  } catch (error) {
    if (options.json) printJson(stoppedRunJson(stoppedRun(error, options.dbFile, datasetId)));
    return reportError(error, datasetId);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
