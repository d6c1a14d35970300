// Runs the bundled CLI as a user would, in a temporary workspace folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, REPO_ROOT } from '../helpers/build-cli.js';
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
