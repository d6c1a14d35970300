// The bundled CLI as a child process a test can kill (SIGKILL, like a crash) or wait for, with the
// workspace's own preferences folder and extra environment (the local server's key and URL).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildCli } from './build-cli.js';

export interface CliExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [buildCli(), ...args], {
    cwd,
    env: { ...process.env, ...env, FTDB_PREFS_DIR: path.join(cwd, '.prefs') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<CliExit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, exited };
}

export async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}
