// `ftdb export ID`: writes the stored dataset again (byte-identical JSONL for the same data and split).
import path from 'node:path';
import { exportDataset } from '../core/export/export-dataset.js';
import { exportOptionsFrom } from '../core/export/export-options.js';
import { parseCommandArgs, requireOne } from './args.js';
import { findDataset, withDatabase } from '../core/store/access.js';
import { printJson, printLine } from './output.js';
import { openWorkspace } from '../core/config/workspace.js';

export const USAGE = 'ftdb export ID [--out DIR] [--format jsonl,parquet] [--license ID] [--with-metadata] [--db FILE] [--json]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'export',
    argv,
    {
      out: { type: 'string' },
      db: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean' },
      format: { type: 'string' },
      license: { type: 'string' },
      'with-metadata': { type: 'boolean' },
    },
    USAGE,
    true,
  );
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths, config } = openWorkspace(values);
  const result = withDatabase(paths.dbFile, (db) => {
    const dataset = findDataset(db, id);
    const files = exportDataset(
      db,
      dataset.id,
      exportOptionsFrom(paths.outputDir, config, { format: values.format, license: values.license, withMetadata: values['with-metadata'] }),
    );
    return { dataset, files };
  });
  if (values.json) {
    printJson({
      dataset_id: result.dataset.id,
      name: result.dataset.name,
      samples: result.dataset.total_samples ?? 0,
      files: result.files,
      skipped: [],
      cost_usd: result.dataset.cost_usd,
    });
  } else {
    printLine(`Exported ${result.dataset.id} "${result.dataset.name}":`);
    for (const file of Object.values(result.files)) if (file) printLine(`  ${path.relative(paths.cwd, file) || file}`);
  }
  return 0;
}
