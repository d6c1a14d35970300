// Runs the bundled CLI as a user would, in a temporary workspace folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, REPO_ROOT } from '../helpers/build-cli.js';
import { corpusFile } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliResult {
  const cli = buildCli();
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, FTDB_PREFS_DIR: path.join(cwd, '.prefs'), ...env },
    timeout: 120_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A folder with a copy of the shipped sample documents in input_files/. */
export function sampleWorkspace(): string {
  const dir = tempDir('ftdb-ws-');
  fs.cpSync(path.join(REPO_ROOT, 'input_files'), path.join(dir, 'input_files'), { recursive: true });
  return dir;
}

/** A folder whose input_files/ are real public FAQs (Homebrew, semver), exporting JSONL + Parquet under cc-by-4.0. */
export function hubWorkspace(): string {
  const cwd = tempDir('ftdb-hub-');
  fs.mkdirSync(path.join(cwd, 'input_files'));
  for (const doc of ['text/homebrew_FAQ.md', 'text/semver.md']) fs.copyFileSync(corpusFile(doc), path.join(cwd, 'input_files', path.basename(doc)));
  fs.writeFileSync(path.join(cwd, 'config.yaml'), 'output_name: brew semver\noutput:\n  format: jsonl,parquet\n  license: cc-by-4.0\n');
  return cwd;
}
