// `ftdb status ID`: where a dataset's run stands and, for a batch run, each provider batch's progress
// as last polled (run `ftdb resume ID` to poll again and collect what is done).
import { batchStatus } from '../core/app/batches.js';
import { batchStatusJson } from '../core/app/json.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { DB_FLAG, JSON_FLAG } from './common-flags.js';
import { printJson, printLine, printTable } from './output.js';

export const USAGE = 'ftdb status ID [--db FILE] [--json]';
export const FLAGS = { ...DB_FLAG, ...JSON_FLAG } as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('status', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths } = openWorkspace(values);
  const json = batchStatusJson(batchStatus(paths.dbFile, id));
  if (values.json) {
    printJson(json);
    return 0;
  }
  printLine(`${json.dataset_id} "${json.name}": ${json.status}`);
  if (json.batches.length === 0) printLine('No provider batches: this dataset was built with live requests.');
  else {
    const rows = json.batches.map((b) => {
      const done = b.requests.completed + b.requests.failed;
      const unused = Object.entries(b.failed_by_cause).map(([cause, n]) => `${n} ${cause}`);
      return [b.batch_id ?? `(${b.local_id}, not confirmed)`, `${b.provider}/${b.model}`, b.state, `${done}/${b.requests.total}`, String(b.requests.failed), b.collected ? 'yes' : 'no', unused.join(', ') || b.reason || ''];
    });
    printTable(['BATCH', 'AGENT', 'STATE', 'DONE', 'FAILED', 'COLLECTED', 'NOTE'], rows);
  }
  if (json.next_step) printLine(`Poll, collect and continue with \`${json.next_step}\`.`);
  return 0;
}
