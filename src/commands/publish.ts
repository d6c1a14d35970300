// `ftdb publish ID --repo OWNER/NAME`: the dataset, its Parquet and its card on the Hugging Face Hub.
import { openWorkspace } from '../core/config/workspace.js';
import { publishDataset } from '../core/publish/publish-dataset.js';
import { publishRequest } from '../core/publish/publish-options.js';
import { parseCommandArgs, requireOne } from './args.js';
import { printJson, printLine } from './output.js';

export const USAGE =
  'ftdb publish ID --repo OWNER/NAME [--private] [--license ID] [--with-metadata] [--format jsonl,parquet] [--db FILE] [--json]';

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    'publish',
    argv,
    {
      repo: { type: 'string' },
      private: { type: 'boolean' },
      license: { type: 'string' },
      'with-metadata': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      db: { type: 'string' },
      config: { type: 'string' },
      json: { type: 'boolean' },
    },
    USAGE,
    true,
  );
  const id = requireOne(positionals, 'dataset id', USAGE);
  const result = await publishDataset(
    publishRequest(openWorkspace(values), {
      dataset: id,
      repo: values.repo ?? '',
      private: values.private,
      license: values.license,
      withMetadata: values['with-metadata'],
      format: values.format,
    }),
  );
  if (values.json) printJson({ dataset_id: result.datasetId, repo: result.repoId, url: result.url, created: result.created, commit_url: result.commitUrl, files: result.uploaded });
  else {
    printLine(`${result.created ? 'Created' : 'Updated'} ${result.repoId} with ${result.uploaded.length} files (${result.uploaded.join(', ')}).`);
    if (!result.created && values.private) printLine('The repository already existed: its visibility is unchanged (change it in its settings on the Hub).');
    printLine(result.url);
  }
  return 0;
}
