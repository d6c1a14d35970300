// `ftdb publish ID --repo OWNER/NAME`: the dataset, its Parquet and its card on the Hugging Face Hub.
import { publishSaved } from '../core/app/publish.js';
import { openWorkspace } from '../core/config/workspace.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { CONFIG_FLAG, DB_FLAG, EXPORT_CHOICE_FLAGS, JSON_FLAG, OUT_FLAG } from './common-flags.js';
import { printJson, printLine } from './output.js';

export const USAGE =
  'ftdb publish ID --repo OWNER/NAME [--private] [--license ID] [--with-metadata] [--format jsonl,parquet] [--db FILE] [--json]';

export const FLAGS = {
  repo: { type: 'string', value: 'OWNER/NAME', help: 'the dataset repository on the Hub (created if missing)' },
  private: { type: 'boolean', help: 'create the repository as private (an existing one keeps its visibility)' },
  ...EXPORT_CHOICE_FLAGS,
  ...OUT_FLAG,
  ...DB_FLAG,
  ...CONFIG_FLAG,
  ...JSON_FLAG,
} as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('publish', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const result = await publishSaved(openWorkspace(values), {
    dataset: id,
    repo: values.repo ?? '',
    private: values.private,
    license: values.license,
    withMetadata: values['with-metadata'],
    format: values.format,
  });
  if (values.json) printJson({ dataset_id: result.datasetId, repo: result.repoId, url: result.url, created: result.created, commit_url: result.commitUrl, files: result.uploaded });
  else {
    printLine(`${result.created ? 'Created' : 'Updated'} ${result.repoId} with ${result.uploaded.length} files (${result.uploaded.join(', ')}).`);
    if (!result.created && values.private) printLine('The repository already existed: its visibility is unchanged (change it in its settings on the Hub).');
    printLine(result.url);
  }
  return 0;
}
