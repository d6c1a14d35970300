// End-to-end tests run the same bundled CLI a user runs: build dist/ once per test file that needs it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

let built = false;

export function buildCli(): string {
  if (!built) {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), '--quiet'], { cwd: REPO_ROOT, stdio: 'pipe' });
    built = true;
  }
  return CLI;
}
