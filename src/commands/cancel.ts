// `ftdb cancel ID`: cancel the dataset's provider batches still running. What they finished is kept;
// `ftdb resume ID` collects it and plans the rest again.
import { cancelBatches } from '../core/app/batches.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { DB_FLAG, JSON_FLAG } from './common-flags.js';
import { printJson, printLine } from './output.js';

export const USAGE = 'ftdb cancel ID [--db FILE] [--json]';
export const FLAGS = { ...DB_FLAG, ...JSON_FLAG } as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('cancel', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths } = openWorkspace(values);
  const result = await cancelBatches(paths, id);
  if (values.json) printJson({ dataset_id: result.datasetId, cancelled: result.cancelled });
  else if (result.cancelled.length === 0) printLine(`${result.datasetId} has no provider batch still running.`);
  else printLine(`Cancelling ${result.cancelled.join(', ')}. Keep what they finished with \`ftdb resume ${result.datasetId}\`.`);
  return 0;
}
