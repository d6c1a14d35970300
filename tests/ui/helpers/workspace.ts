// A throwaway workspace folder (input_files/ with a few small documents) and a private preferences folder.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/build-cli.js';
import { tempDir } from '../../helpers/tmp.js';
import { CORPUS } from '../../helpers/corpus.js';

export { CORPUS };

/** Q:/A: pairs the identify agent finds verbatim. */
export const SUPPORT_FAQ = [
  'Q: How do I reset my password?',
  'A: Open Settings, choose Security and press "Reset password". A link arrives by email.',
  '',
  'Q: Can I change the email address of my account?',
  'A: Yes. Go to Settings, then Profile, and type the new address. We confirm it by email.',
  '',
  'Q: How do I delete my account?',
  'A: Write to support with the subject "Delete account"; it is removed within 30 days.',
  '',
  'Q: Which browsers are supported?',
  'A: The two latest versions of Chrome, Firefox, Safari and Edge.',
  '',
].join('\n');

interface Options {
  /** Corpus files (relative to tests/fixtures/corpus) copied into input_files/. */
  corpusFiles?: string[];
  /** Copy the sample documents shipped in the repo's input_files/ instead of support_faq.txt. */
  shippedSamples?: boolean;
  /** Contents of config.yaml (else the packaged default applies). */
  config?: string;
}

export function makeWorkspace(options: Options = {}): string {
  const dir = tempDir('ftdb-ui-');
  const input = path.join(dir, 'input_files');
  if (options.shippedSamples) fs.cpSync(path.join(REPO_ROOT, 'input_files'), input, { recursive: true });
  else {
    fs.mkdirSync(input);
    fs.writeFileSync(path.join(input, 'support_faq.txt'), SUPPORT_FAQ);
  }
  for (const file of options.corpusFiles ?? []) fs.copyFileSync(path.join(CORPUS, file), path.join(input, path.basename(file)));
  if (options.config !== undefined) fs.writeFileSync(path.join(dir, 'config.yaml'), options.config);
  return dir;
}

/** Keeps conf preferences out of the user's home for the whole test file. */
export function isolatePreferences(): string {
  const dir = tempDir('ftdb-prefs-');
  process.env.FTDB_PREFS_DIR = dir;
  return dir;
}

/** No API key or agent override from the machine running the tests leaks into them. */
export function clearAgentEnv(): void {
  for (const name of Object.keys(process.env)) {
    if (/_API_KEY$|_BASE_URL$|^AGENT_(PROVIDER|MODEL)$/.test(name)) delete process.env[name];
  }
}

/** Builds an identify dataset in `dir` through the real pipeline, as `ftdb build` would. */
export async function buildDataset(dir: string): Promise<{ datasetId: string; dbFile: string }> {
  const { openWorkspace } = await import('../../../src/core/config/workspace.js');
  const { buildDataset: build } = await import('../../../src/core/app/build.js');
  const { paths, config } = openWorkspace({}, {}, dir);
  const result = await build({ config, paths });
  return { datasetId: result.datasetId, dbFile: paths.dbFile };
}

/** A workspace holding only these corpus documents, built into an identify dataset (real pipeline, real SQLite). */
export async function buildCorpusDataset(corpusFiles: string[]): Promise<{ dir: string; datasetId: string; dbFile: string }> {
  const dir = makeWorkspace({ corpusFiles });
  fs.rmSync(path.join(dir, 'input_files', 'support_faq.txt'));
  return { dir, ...(await buildDataset(dir)) };
}
