// `ftdb list`: the saved datasets, newest first.
import { listDatasets } from '../core/store/datasets.js';
import { datasetState, describeState } from '../core/store/dataset-state.js';
import { parseCommandArgs } from './args.js';
import { withDatabase } from '../core/store/access.js';
import { printJson, printLine, printTable } from './output.js';
import { openWorkspace } from '../core/config/workspace.js';

export const USAGE = 'ftdb list [--db FILE] [--json]';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('list', argv, { db: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  const { paths } = openWorkspace(values);
  const rows = withDatabase(paths.dbFile, (db) => listDatasets(db).map((d) => ({ ...d, state: datasetState(db, d) })));
  if (values.json) {
    printJson(
      rows.map((d) => ({
        dataset_id: d.id,
        name: d.name,
        provider: d.provider,
        model: d.model,
        mode: d.mode,
        samples: d.total_samples ?? 0,
        created_at: d.created_at,
        status: d.state.status,
        stop_reason: d.state.stopReason,
        next_step: d.state.next ?? null,
        tokens: d.total_tokens ?? 0,
        cost_usd: d.cost_usd,
      })),
    );
    return 0;
  }
  if (rows.length === 0) {
    printLine('No datasets yet. Run `ftdb build` or open the menu with `ftdb`.');
    return 0;
  }
  const table = rows.map((d) => [d.id, d.name, `${d.provider}/${d.model}`, d.mode, String(d.total_samples ?? 0), describeState(d.state), d.created_at.slice(0, 19)]);
  printTable(['ID', 'NAME', 'TARGET', 'MODE', 'SAMPLES', 'STATUS', 'CREATED (UTC)'], table);
  const unfinished = rows.filter((d) => d.state.status === 'interrupted' || d.state.status === 'partial');
  if (unfinished.length > 0) printLine(`Unfinished: ${unfinished.map((d) => d.id).join(', ')}. Continue one with \`ftdb resume ID\`.`);
  return 0;
}
