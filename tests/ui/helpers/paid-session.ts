// The setup of a menu test file with paid runs: a local OpenAI-protocol server for the whole file,
// private preferences, and no agent variables leaking between tests; `use()` points the app at it.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { TEST_KEYS } from '../../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../../servers/scripted-server.js';
import { writer } from '../../servers/writer.js';
import type { Driver } from './ink.js';
import { clearAgentEnv, isolatePreferences } from './workspace.js';

export interface PaidSession {
  readonly server: ScriptedServer;
  /** The driver of the current test, unmounted after it. */
  ui?: Driver;
  use(): void;
}

export function paidSession(): PaidSession {
  let server: ScriptedServer | undefined;
  const session: PaidSession = {
    get server() {
      if (!server) throw new Error('paidSession: the server starts in beforeAll');
      return server;
    },
    use() {
      process.env.OPENAI_API_KEY = TEST_KEYS.openai;
      process.env.OPENAI_BASE_URL = session.server.baseURL;
    },
  };
  beforeAll(async () => {
    isolatePreferences();
    clearAgentEnv();
    server = await startScriptedServer('openai', writer(), { latencyMs: 150 });
  });
  afterEach(() => {
    session.ui?.unmount();
    clearAgentEnv();
  });
  afterAll(() => server?.close());
  return session;
}
