// A folder for a terminal test: the shipped sample documents in input_files/, private preferences,
// and no API key, base URL or agent override of the machine running the tests.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../helpers/build-cli.js';
import { tempDir } from '../../helpers/tmp.js';

export function terminalWorkspace(prefix = 'ftdb-e2e-'): { dir: string; env: NodeJS.ProcessEnv } {
  const dir = tempDir(prefix);
  fs.cpSync(path.join(REPO_ROOT, 'input_files'), path.join(dir, 'input_files'), { recursive: true });
  const env: NodeJS.ProcessEnv = { FTDB_PREFS_DIR: path.join(dir, '.prefs') };
  for (const name of Object.keys(process.env)) if (/_API_KEY$|_BASE_URL$|^AGENT_/.test(name)) env[name] = '';
  return { dir, env };
}
