// The bundled CLI run without blocking this process, so a scripted server in the test can answer it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildCli } from '../helpers/build-cli.js';
import type { CliResult } from '../cli/cli-helpers.js';

export function runCliAsync(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [buildCli(), ...args], { cwd, env: { ...process.env, FTDB_PREFS_DIR: path.join(cwd, '.prefs'), ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr })));
}
