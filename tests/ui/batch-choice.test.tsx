// The menu's paid-run confirmation offers a batch run when the agent provider has a batch API:
// chosen, the run goes through the local OpenAI Batch API server (one batch, no live requests).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import type { BatchServer } from '../servers/batch-engine.js';
import { startOpenAiBatchServer } from '../servers/openai-batch-server.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
let server: BatchServer;
beforeAll(async () => {
  isolatePreferences();
  clearAgentEnv();
  server = await startOpenAiBatchServer();
});
afterEach(() => {
  ui?.unmount();
  clearAgentEnv();
});
afterAll(() => server.close());

describe('Generate dataset: the cost confirmation', () => {
  it('offers "Start as a batch run", which sends the requests as one provider batch', async () => {
    Object.assign(process.env, server.env);
    const dir = makeWorkspace({ shippedSamples: true, config: 'mode: create\ndataset_size: 10\nsystem:\n  batch_poll_seconds: 0.02\n' });
    ui = await drive(<App cwd={dir} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    await ui.waitFor('files included');
    await ui.press(KEY.enter);
    await ui.waitFor('Start as a batch run', 60_000);
    expect(server.engine.submissions).toBe(0);
    await ui.press(KEY.down);
    expect(await ui.waitFor('Half the price')).toMatch(/results within 24 h/);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 10 samples/);
    expect(server.engine.submissions).toBe(1);
    expect(server.engine.liveRequests).toBe(0);
  });
});
