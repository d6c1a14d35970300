// `ftdb export ID`: writes the stored dataset again (byte-identical JSONL for the same data and split).
import path from 'node:path';
import { exportSaved } from '../core/app/export.js';
import { datasetJson } from '../core/app/json.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne } from './args.js';
import { printJson, printLine } from './output.js';

export const USAGE = 'ftdb export ID [--out DIR] [--db FILE] [--json]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'export',
    argv,
    { out: { type: 'string' }, db: { type: 'string' }, config: { type: 'string' }, json: { type: 'boolean' } },
    USAGE,
    true,
  );
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths, config } = openWorkspace(values);
  const result = exportSaved({ dbFile: paths.dbFile, idOrName: id, outDir: paths.outputDir, config });
  if (values.json) {
    printJson(datasetJson(result));
  } else {
    printLine(`Exported ${result.datasetId} "${result.name}":`);
    for (const file of Object.values(result.files)) if (file) printLine(`  ${path.relative(paths.cwd, file) || file}`);
  }
  return 0;
}
