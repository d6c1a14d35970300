// Use case of publishing a saved dataset to the Hugging Face Hub, shared by `ftdb publish` and the
// menu's Publish screen: the request from the workspace and the user's choices, then core/publish.
import type { AppConfig } from '../config/schema.js';
import { requireFormats } from '../export/formats.js';
import type { WorkspacePaths } from '../paths.js';
import type { PublishRequest, PublishResult } from '../publish/publish-dataset.js';
import { exportOptions, type ExportChoices } from './output-options.js';

export { requireRepoId } from '../publish/hub-repo.js';
export type { PublishResult };

export interface PublishChoices extends ExportChoices {
  dataset: string;
  repo: string;
  private?: boolean;
}

export interface PublishWorkspace {
  paths: Pick<WorkspacePaths, 'dbFile' | 'outputDir'>;
  config: AppConfig;
}

function publishRequest(workspace: PublishWorkspace, choices: PublishChoices): PublishRequest {
  const { paths, config } = workspace;
  if (choices.format !== undefined) requireFormats(choices.format); // name the user's value, not the one with ",parquet" added
  const options = exportOptions(config, paths.outputDir, { ...choices, format: `${choices.format ?? config.output.format},parquet` });
  return {
    dbFile: paths.dbFile,
    dataset: choices.dataset,
    repo: choices.repo,
    private: choices.private,
    // Parquet is what the Hub's viewer and `datasets` read best, so a publish always includes it.
    export: { ...options, formats: options.formats ?? ['parquet'] },
  };
}

/** The Hub client loads on demand: only a publish needs it. */
export async function publishSaved(workspace: PublishWorkspace, choices: PublishChoices): Promise<PublishResult> {
  const { publishDataset } = await import('../publish/publish-dataset.js');
  return publishDataset(publishRequest(workspace, choices));
}
