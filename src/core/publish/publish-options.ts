// What a publish request is made of, from the workspace and the user's choices: shared by
// `ftdb publish` and the menu's Publish screen.
import type { AppConfig } from '../config/schema.js';
import { exportOptionsFrom, type ExportChoices } from '../export/export-options.js';
import { requireFormats } from '../export/formats.js';
import type { WorkspacePaths } from '../paths.js';
import type { PublishRequest } from './publish-dataset.js';

export interface PublishChoices extends ExportChoices {
  dataset: string;
  repo: string;
  private?: boolean;
}

export interface PublishWorkspace {
  paths: Pick<WorkspacePaths, 'dbFile' | 'outputDir'>;
  config: AppConfig;
}

export function publishRequest(workspace: PublishWorkspace, choices: PublishChoices): PublishRequest {
  const { paths, config } = workspace;
  if (choices.format !== undefined) requireFormats(choices.format); // name the user's value, not the one with ",parquet" added
  return {
    dbFile: paths.dbFile,
    dataset: choices.dataset,
    repo: choices.repo,
    private: choices.private,
    // Parquet is what the Hub's viewer and `datasets` read best, so a publish always includes it.
    export: exportOptionsFrom(paths.outputDir, config, { ...choices, format: `${choices.format ?? config.output.format},parquet` }),
  };
}
