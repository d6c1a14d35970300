// Issue 14: the run screen shows a progress bar and a per-phase summary, a rate-limit wait counting
// down (not minutes of silence with a frozen ETA), and the agent endpoint it talks to; the outcome
// keeps the summary ("read 4 files in … · found … · kept 10").
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { TEST_KEYS } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
let server: ScriptedServer;
beforeAll(async () => {
  isolatePreferences();
  clearAgentEnv();
  const write = writer();
  // the first generation request is rate-limited for 4 s, then the writer answers
  server = await startScriptedServer('openai', (request) => (request.index === 0 ? { status: 429, retryAfter: '4', message: 'slow down' } : write(request)), {
    latencyMs: 100,
  });
  process.env.OPENAI_API_KEY = TEST_KEYS.openai;
  process.env.OPENAI_BASE_URL = server.baseURL;
});
afterEach(() => ui?.unmount());
afterAll(async () => {
  clearAgentEnv();
  await server.close();
});

it('shows the rate-limit wait counting down with the endpoint, then a bar, and ends with the phase summary', async () => {
  const dir = makeWorkspace({ shippedSamples: true, config: 'mode: create\ndataset_size: 10\nsystem:\n  concurrency: 1\n' });
  ui = await drive(<App cwd={dir} />);
  await ui.waitFor('samples ·');
  await ui.press(KEY.down);
  await ui.press(KEY.enter);
  await ui.waitFor('files included');
  await ui.press(KEY.enter);
  await ui.waitFor('Start the run', 60_000);
  await ui.press(KEY.enter);
  const waiting = await ui.waitFor(/Rate-limited: retrying in [34]s/, 30_000);
  expect(waiting).toContain(`Agent openai/gpt-4o-mini at ${server.baseURL}`);
  expect(waiting).toMatch(/read 4 files in \d+s/);
  const first = Number(/retrying in (\d)s/.exec(waiting)![1]);
  const later = await ui.waitFor(new RegExp(`retrying in ${first - 1}s`), 5_000); // it counts down
  expect(later).toContain('Generate dataset › Running');
  const generating = await ui.waitFor(/[█░]+ \d+%/, 30_000);
  expect(generating).toMatch(/Samples \d+\/10/);
  const done = await ui.waitFor('Continue: split and review', 60_000);
  expect(done).toMatch(/read 4 files in \d+s · found \d+ · kept 10/);
  expect(done).not.toContain('Rate-limited: retrying');
});
