// `ftdb resume ID`: continue an interrupted run with the settings it was started with.
import { parseCommandArgs, requireOne } from './args.js';
import { buildExitCode, buildJson, printBuildSummary } from './build-summary.js';
import { printJson } from './output.js';
import { createProgressLog } from './progress-log.js';
import { openWorkspace } from '../core/config/workspace.js';
import { findDataset, withDatabase } from '../core/store/access.js';

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
  const datasetId = withDatabase(paths.dbFile, (db) => findDataset(db, id).id);
  const { resumeBuild } = await import('../core/pipeline/build.js');
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  try {
    // --input overrides the folder the run was started with; otherwise the same documents are read.
    const result = await resumeBuild(datasetId, { paths, inputDir: values.input ? paths.inputDir : undefined }, { signal: controller.signal, onProgress: createProgressLog(values.quiet) });
    if (values.json) printJson(buildJson(result));
    else printBuildSummary(result, paths.cwd);
    return buildExitCode(result);
  } finally {
    process.off('SIGINT', onSigint);
  }
}
