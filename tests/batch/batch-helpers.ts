// A workspace for batch runs over two real public documents (Homebrew's FAQ, the semver spec), the
// CLI as a child process pointed at the local OpenAI batch server, and reads of the SQLite store.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildCli } from '../helpers/build-cli.js';
import { corpusFile } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { TEST_KEYS } from '../servers/env.js';
import type { OpenAiBatchServer } from '../servers/openai-batch-server.js';

export const SIZE = 12;

export function batchWorkspace(extraConfig = ''): string {
  const cwd = tempDir('ftdb-batch-');
  fs.mkdirSync(path.join(cwd, 'input_files'));
  for (const doc of ['text/homebrew_FAQ.md', 'text/semver.md']) fs.copyFileSync(corpusFile(doc), path.join(cwd, 'input_files', path.basename(doc)));
  fs.writeFileSync(
    path.join(cwd, 'config.yaml'),
    `provider: openai
model: gpt-4o-mini
mode: create
dataset_size: ${SIZE}
agent:
  create:
    samples_per_chunk: 2
system:
  agentic_llm: openai
  agentic_model: gpt-4o-mini
  max_retries: 0
  batch: true
  batch_poll_seconds: 0.02
${extraConfig}`,
  );
  return cwd;
}

export function startCli(args: string[], cwd: string, server: OpenAiBatchServer) {
  const child = spawn(process.execPath, [buildCli(), ...args], {
    cwd,
    env: { ...process.env, OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: server.baseURL, FTDB_PREFS_DIR: path.join(cwd, '.prefs') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, exited };
}

export async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

export function readStore<T>(cwd: string, read: (db: Database.Database) => T): T {
  const db = new Database(path.join(cwd, 'memory', 'dataset_builder.db'));
  try {
    return read(db);
  } finally {
    db.close();
  }
}

export function samplesOf(cwd: string): { id: string; content: string }[] {
  return readStore(cwd, (db) => db.prepare('SELECT id, content FROM samples').all() as { id: string; content: string }[]);
}
