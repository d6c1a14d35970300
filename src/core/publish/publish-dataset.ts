// `ftdb publish`: exports a stored dataset (data files + card) and puts it on the Hugging Face Hub with
// the official @huggingface/hub client: create the dataset repository if needed, then one commit.
import fs from 'node:fs';
import path from 'node:path';
import { exportDataset, type ExportFiles, type ExportOptions } from '../export/export-dataset.js';
import type { ExportFormat } from '../choices.js';
import { findDataset, withDatabase } from '../store/access.js';
import { datasetUrl, hubTokenFrom, hubUrlFrom, requireRepoId } from './hub-repo.js';
import { hubMessage, hubStatus, networkFailure, PublishError } from './publish-errors.js';

export interface PublishRequest {
  dbFile: string;
  dataset: string;
  repo: string;
  private?: boolean;
  export: Omit<ExportOptions, 'formats'> & { formats: ExportFormat[] };
  env?: NodeJS.ProcessEnv;
}

export interface PublishResult {
  datasetId: string;
  repoId: string;
  url: string;
  created: boolean;
  commitUrl?: string;
  /** Paths inside the repository. */
  uploaded: string[];
}

/** What goes to the Hub: data, provenance and the card; CSV and stats stay local (they are for you). */
const UPLOADED: (keyof ExportFiles)[] = ['train', 'validation', 'dataset', 'parquetTrain', 'parquetValidation', 'parquetDataset', 'provenance', 'card'];

export async function publishDataset(request: PublishRequest): Promise<PublishResult> {
  const env = request.env ?? process.env;
  const repoId = requireRepoId(request.repo);
  const accessToken = hubTokenFrom(env);
  const hubUrl = hubUrlFrom(env);
  const { datasetId, name, files } = withDatabase(request.dbFile, (db) => {
    const dataset = findDataset(db, request.dataset);
    return { datasetId: dataset.id, name: dataset.name, files: exportDataset(db, dataset.id, request.export) };
  });
  const local = UPLOADED.map((key) => files[key]).filter((f): f is string => Boolean(f));
  const hub = await import('@huggingface/hub');
  const repo = { type: 'dataset' as const, name: repoId };
  const failed = (error: unknown, stage: 'whoami' | 'create' | 'commit'): PublishError =>
    networkFailure(error, hubUrl) ?? classify(error, stage, repoId);

  const me = await hub.whoAmI({ accessToken, hubUrl }).catch((error: unknown) => {
    throw failed(error, 'whoami');
  });
  if (me.auth.accessToken?.role === 'read') {
    throw new PublishError('no-rights', `The token "${me.auth.accessToken.displayName}" can only read.`, 'Create a token with the "write" role at https://huggingface.co/settings/tokens and set HF_TOKEN to it.');
  }
  let created = true;
  await hub.createRepo({ repo, accessToken, hubUrl, private: request.private }).catch((error: unknown) => {
    if (hubStatus(error) !== 409) throw failed(error, 'create');
    created = false; // it exists: this publish is a new commit on it
  });
  const operations = local.map((file) => ({
    operation: 'addOrUpdate' as const,
    path: path.basename(file),
    content: new Blob([fs.readFileSync(file)]),
  }));
  const output = await hub
    .commit({ repo, accessToken, hubUrl, operations, title: `ftdb: publish ${name} (${datasetId})`, description: 'Data files and dataset card written by ftdb.' })
    .catch((error: unknown) => {
      throw failed(error, 'commit');
    });
  return { datasetId, repoId, url: datasetUrl(hubUrl, repoId), created, commitUrl: output?.commit.url, uploaded: operations.map((o) => o.path) };
}

function classify(error: unknown, stage: 'whoami' | 'create' | 'commit', repoId: string): PublishError {
  const status = hubStatus(error);
  const said = hubMessage(error);
  if (status === 401) {
    return new PublishError('bad-token', `The Hub did not accept HF_TOKEN (${said}).`, 'The token may be revoked or mistyped: create one at https://huggingface.co/settings/tokens.', error);
  }
  if (status === 403 || (stage === 'commit' && status === 404)) {
    const owner = repoId.split('/')[0];
    return stage === 'commit'
      ? new PublishError('name-taken', `${repoId} exists and this token cannot write to it (${said}).`, `Pick another --repo name, or ask the owner of "${owner}" for write access.`, error)
      : new PublishError('no-rights', `This token may not create datasets under "${owner}" (${said}).`, `Use --repo YOUR_USER/NAME, or a token with write access to the "${owner}" organization.`, error);
  }
  if (status === 409) {
    return new PublishError('name-taken', `${repoId} is taken (${said}).`, 'Pick another --repo name.', error);
  }
  return new PublishError('hub', `The Hub refused the ${stage} step${status ? ` (HTTP ${status})` : ''}: ${said}`, 'Nothing was committed; try again later, or check https://status.huggingface.co.', error);
}
