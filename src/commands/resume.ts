// `ftdb resume ID`: continue an interrupted run with the settings it was started with.
import { resumeDataset } from '../core/app/build.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { DB_FLAG, JSON_FLAG, OUT_FLAG, QUIET_FLAG } from './common-flags.js';
import { runAndReport } from './run-and-report.js';

export const USAGE = 'ftdb resume ID [--input DIR] [--out DIR] [--db FILE] [--allow-retired] [--batch] [--json] [--quiet]';
export const FLAGS = {
  input: { type: 'string', value: 'DIR', help: 'read the documents from another folder', defaultText: 'the folder the run was started with' },
  ...OUT_FLAG,
  ...DB_FLAG,
  'allow-retired': { type: 'boolean', help: 'continue for a target past its shutdown date (if you still have access)' },
  batch: { type: 'boolean', help: "continue through the provider's batch API (half price), also a run started live" },
  ...JSON_FLAG,
  ...QUIET_FLAG,
} as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('resume', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths } = openWorkspace(values);
  // --input overrides the folder the run was started with; otherwise the same documents are read.
  const inputDir = values.input ? paths.inputDir : undefined;
  return runAndReport((work) => resumeDataset(id, { paths, inputDir, allowRetired: values['allow-retired'] ?? false, batch: values.batch ?? false }, work), {
    json: values.json,
    quiet: values.quiet,
    dbFile: paths.dbFile,
    cwd: paths.cwd,
  });
}
