// `ftdb resume ID`: continue an interrupted run with the settings it was started with.
import { resumeDataset } from '../core/app/build.js';
import { datasetJson } from '../core/app/json.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne } from './args.js';
import { printBuildSummary } from './build-summary.js';
import { printJson } from './output.js';
import { createProgressLog } from './progress-log.js';

export const USAGE = 'ftdb resume ID [--input DIR] [--out DIR] [--db FILE] [--json] [--quiet]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'resume',
    argv,
    { input: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' }, json: { type: 'boolean' }, quiet: { type: 'boolean', short: 'q' } },
    USAGE,
    true,
  );
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths } = openWorkspace(values);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    // --input overrides the folder the run was started with; otherwise the same documents are read.
    const result = await resumeDataset(id, { paths, inputDir: values.input ? paths.inputDir : undefined }, { signal: controller.signal, onProgress: createProgressLog(values.quiet) });
    if (values.json) printJson(datasetJson(result));
    else printBuildSummary(result, paths.cwd);
    return result.samples === 0 || result.datasetErrors.length > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onSigint);
  }
}
