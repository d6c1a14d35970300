// The menu's Publish entry: pick a dataset, type the repo, choose visibility; the real Hub client
// talks to the local Hub (tests/servers/hub-server.ts).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { startHubServer, type HubServer } from '../servers/hub-server.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { buildDataset, clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

const TOKEN = 'hf_menuToken0123456789abcdef';
let ui: Driver | undefined;
let hub: HubServer;

beforeAll(async () => {
  isolatePreferences();
  clearAgentEnv();
  hub = await startHubServer({ [TOKEN]: { name: 'carol', role: 'write' } });
  process.env.HF_ENDPOINT = hub.url;
});
afterEach(() => ui?.unmount());
afterAll(async () => {
  delete process.env.HF_ENDPOINT;
  delete process.env.HF_TOKEN;
  await hub.close();
});

/** A built dataset, the menu's Publish entry, the dataset picked: the screen asks for the repo. */
async function atRepoPrompt(): Promise<{ driver: Driver; datasetId: string }> {
  const dir = makeWorkspace({ shippedSamples: true });
  const { datasetId } = await buildDataset(dir);
  const driver = await drive(<App cwd={dir} />);
  await driver.waitFor('samples ·');
  await driver.press(KEY.down, 5);
  await driver.press(KEY.enter);
  await driver.waitFor(datasetId);
  await driver.press(KEY.enter);
  await driver.waitFor('Hub dataset repository');
  return { driver, datasetId };
}

describe('Publish to the Hub', () => {
  it('publishes a picked dataset as a private repo and shows its URL', async () => {
    process.env.HF_TOKEN = TOKEN;
    const { driver, datasetId } = await atRepoPrompt();
    ui = driver;
    await ui.type('bad name');
    await ui.press(KEY.enter);
    await ui.waitFor('is not a Hub dataset name');
    await ui.press('\u007F', 'bad name'.length);
    await ui.type('carol/support-faq');
    await ui.press(KEY.enter);
    await ui.waitFor('as private');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    const frame = await ui.waitFor(`${hub.url}/datasets/carol/support-faq`);
    expect(frame).toContain('Created carol/support-faq');
    const repo = hub.repos.get('carol/support-faq')!;
    expect(repo.private).toBe(true);
    expect([...repo.files.keys()]).toEqual(expect.arrayContaining(['README.md', 'my_dataset_train.parquet', 'my_dataset_train.jsonl']));
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Main menu')).toContain(`Published ${datasetId}`);
  });

  it('shows a missing token as an error with what to do', async () => {
    delete process.env.HF_TOKEN;
    ui = (await atRepoPrompt()).driver;
    await ui.type('carol/other');
    await ui.press(KEY.enter);
    await ui.waitFor('as public');
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('HF_TOKEN is not set');
    expect(frame).toContain('huggingface.co/settings/tokens');
    expect(hub.repos.has('carol/other')).toBe(false);
  });
});
