// `ftdb list`: the saved datasets, newest first.
import { savedDatasets } from '../core/app/datasets.js';
import { datasetListJson } from '../core/app/json.js';
import { describeState } from '../core/app/views.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, type Flags } from './args.js';
import { DB_FLAG, JSON_FLAG } from './common-flags.js';
import { printJson, printLine, printTable } from './output.js';

export const USAGE = 'ftdb list [--db FILE] [--json]';
export const FLAGS = { ...DB_FLAG, ...JSON_FLAG } as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('list', argv, FLAGS, USAGE);
  const { paths } = openWorkspace(values);
  const rows = savedDatasets(paths.dbFile);
  if (values.json) {
    printJson(datasetListJson(rows));
    return 0;
  }
  if (rows.length === 0) {
    printLine('No datasets yet. Run `ftdb build` or open the menu with `ftdb`.');
    return 0;
  }
  const table = rows.map((d) => [d.id, d.name, `${d.provider}/${d.model}`, d.mode, String(d.total_samples ?? 0), describeState(d.state), d.created_at.slice(0, 19)]);
  printTable(['ID', 'NAME', 'TARGET', 'MODE', 'SAMPLES', 'STATUS', 'CREATED (UTC)'], table);
  const unfinished = rows.filter((d) => d.state.status === 'interrupted' || d.state.status === 'partial');
  if (unfinished.length > 0) printLine(`Unfinished: ${unfinished.map((d) => d.id).join(', ')}. Continue one with \`ftdb resume ${unfinished[0]?.id}\`.`);
  return 0;
}
