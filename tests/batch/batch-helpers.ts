// A workspace for batch runs over two real public documents (Homebrew's FAQ, the semver spec), the
// CLI as a child process pointed at a local batch server, and reads of the SQLite store.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { corpusFile } from '../helpers/corpus.js';
import { spawnCli } from '../helpers/spawn-cli.js';
import { tempDir } from '../helpers/tmp.js';
import { startAnthropicBatchServer } from '../servers/anthropic-batch-server.js';
import type { BatchServer, BatchServerOptions } from '../servers/batch-engine.js';
import { startGeminiBatchServer } from '../servers/gemini-batch-server.js';
import { startOpenAiBatchServer } from '../servers/openai-batch-server.js';

export const SIZE = 12;

/** `agent`: the agent provider and model of the batch run. */
export function batchWorkspace(agent = { provider: 'openai', model: 'gpt-4o-mini' }): string {
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
  agentic_llm: ${agent.provider}
  agentic_model: ${agent.model}
  max_retries: 0
  batch: true
  batch_poll_seconds: 0.02
`,
  );
  return cwd;
}

export function startCli(args: string[], cwd: string, server: BatchServer) {
  return spawnCli(args, cwd, server.env);
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

/** One provider's batch API as the tests drive it: its local server, the agent, and its price per answered line. */
export interface BatchProvider {
  name: string;
  start(options?: BatchServerOptions): Promise<BatchServer>;
  agent: { provider: string; model: string };
  /** Each line the server answers bills 1,000 input + 500 output tokens, at half the list price. */
  costPerLine: number;
  /** The id the provider gives the first batch. */
  firstBatchId: string;
}

export const PROVIDERS: BatchProvider[] = [
  // gpt-4o-mini lists at $0.15 / $0.60 per million tokens.
  { name: 'OpenAI Batch API', start: startOpenAiBatchServer, agent: { provider: 'openai', model: 'gpt-4o-mini' }, costPerLine: ((1000 * 0.15 + 500 * 0.6) / 1e6) * 0.5, firstBatchId: 'batch_0' },
  // claude-3-5-haiku lists at $0.80 / $4 per million tokens.
  {
    name: 'Anthropic Message Batches',
    start: startAnthropicBatchServer,
    agent: { provider: 'anthropic', model: 'claude-3-5-haiku-latest' },
    costPerLine: ((1000 * 0.8 + 500 * 4) / 1e6) * 0.5,
    firstBatchId: 'msgbatch_0',
  },
  // gemini-2.0-flash lists at $0.10 / $0.40 per million tokens.
  {
    name: 'Gemini batch mode',
    start: startGeminiBatchServer,
    agent: { provider: 'google', model: 'gemini-2.0-flash' },
    costPerLine: ((1000 * 0.1 + 500 * 0.4) / 1e6) * 0.5,
    firstBatchId: 'batches/gbatch_0',
  },
];
