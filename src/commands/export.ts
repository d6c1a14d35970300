// `ftdb export ID`: writes the stored dataset again (byte-identical JSONL for the same data and split).
// An empty, unfinished or never validated dataset is still written (a script asked for it), with the
// warning on stderr (and in --json) and exit code 1, so a pipeline cannot mistake it for a final one.
import path from 'node:path';
import { exportSaved } from '../core/app/export.js';
import { savedDataset } from '../core/app/datasets.js';
import { exportWarning } from '../core/app/export-warning.js';
import { datasetJson, resumeCommand } from '../core/app/json.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { CONFIG_FLAG, DB_FLAG, EXPORT_CHOICE_FLAGS, JSON_FLAG, OUT_FLAG } from './common-flags.js';
import { logLine, printJson, printLine } from './output.js';

export const USAGE = 'ftdb export ID [--out DIR] [--format jsonl,parquet] [--license ID] [--with-metadata] [--db FILE] [--json]';
export const FLAGS = { ...OUT_FLAG, ...EXPORT_CHOICE_FLAGS, ...DB_FLAG, ...CONFIG_FLAG, ...JSON_FLAG } as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths, config } = openWorkspace(values);
  const choices = { format: values.format, license: values.license, withMetadata: values['with-metadata'] };
  const warning = exportWarning(savedDataset(paths.dbFile, id));
  const result = exportSaved({ dbFile: paths.dbFile, idOrName: id, outDir: paths.outputDir, config, choices });
  if (values.json) {
    printJson(datasetJson(result, warning));
  } else {
    printLine(`Exported ${result.datasetId} "${result.name}":`);
    for (const file of Object.values(result.files)) if (file) printLine(`  ${path.relative(paths.cwd, file) || file}`);
  }
  if (!warning) return 0;
  logLine(`warning: ${warning.message}`);
  logLine(warning.resumable ? `To finish it first: ${resumeCommand(result.datasetId)}, then export again.` : 'The files were written anyway; check them before uploading.');
  return 1;
}
