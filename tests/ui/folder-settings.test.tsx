// Issue 14 item 5: one source of settings per folder. Configure writes config.yaml; after a restart the
// header, the wizard, Settings and Generate show and use the same values; machine-wide preferences only
// fill in a folder that has no config.yaml yet.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { paidSession } from './helpers/paid-session.js';
import { makeWorkspace } from './helpers/workspace.js';

const session = paidSession();

/** What an earlier session in another folder remembered (the conf file the app reads). */
function rememberPreferences(prefs: Record<string, unknown>): void {
  const dir = process.env.FTDB_PREFS_DIR!;
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ prefs }));
}

async function start(dir: string): Promise<Driver> {
  const driver = await drive(<App cwd={dir} />);
  session.ui = driver;
  await driver.waitFor('samples ·');
  return driver;
}

describe('one source of settings per folder', () => {
  it('a preference never overrides an existing config.yaml', async () => {
    rememberPreferences({ provider: 'mistral', mode: 'create', datasetSize: 77 });
    const ui = await start(makeWorkspace({ config: 'mode: identify\ndataset_size: 30\n' }));
    const menu = ui.frame();
    expect(menu).toContain('openai/gpt-4o-mini · identify · 30 samples');
    expect(menu).not.toContain('77');
    await ui.press(KEY.enter); // Configure: the wizard starts from config.yaml too
    await ui.waitFor('Fine-tuning target provider');
    await ui.press(KEY.enter, 2);
    expect(await ui.waitFor('Generation mode')).toMatch(/❯ Identify/);
  });

  it('a folder without config.yaml starts from the preferences', async () => {
    rememberPreferences({ provider: 'mistral', mode: 'create', datasetSize: 77 });
    const ui = await start(makeWorkspace());
    expect(ui.frame()).toMatch(/mistral\/\S+ · create · 77 samples/);
  });

  it('a value changed in Configure is in config.yaml and, after a restart, in the header, the wizard, Settings and Generate', async () => {
    session.use();
    rememberPreferences({ datasetSize: 99 });
    const dir = makeWorkspace({ shippedSamples: true, config: '# mine\nmode: create\ndataset_size: 10  # samples\nsystem:\n  concurrency: 1\n' });
    let ui = await start(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('Fine-tuning target provider');
    await ui.press(KEY.enter, 3); // provider, model, mode (create)
    await ui.waitFor('How many samples? 10');
    await ui.press('\u007F', 2);
    await ui.type('12');
    await ui.press(KEY.enter); // size
    await ui.waitFor('› Agent LLM');
    await ui.press(KEY.enter); // agent
    await ui.press(KEY.enter); // agent model
    await ui.waitFor('train/validation');
    await ui.press(KEY.enter); // split
    await ui.waitFor('Output name:');
    await ui.press(KEY.enter); // output name
    expect(await ui.waitFor('Main menu')).toContain('create · 12 samples');
    expect(fs.readFileSync(path.join(dir, 'config.yaml'), 'utf8')).toContain('dataset_size: 12  # samples');
    ui.unmount();

    ui = await start(dir); // a new session in the same folder
    expect(ui.frame()).toContain('create · 12 samples');
    await ui.press(KEY.enter); // the wizard
    await ui.waitFor('Fine-tuning target provider');
    await ui.press(KEY.enter, 3);
    await ui.waitFor('How many samples? 12');
    await ui.press(KEY.escape, 4);
    await ui.waitFor('Main menu');
    await ui.press(KEY.down, 6); // Settings
    await ui.press(KEY.enter);
    await ui.waitFor('Edit configuration');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('dataset_size')).toMatch(/dataset_size {2}12/);
    await ui.press(KEY.escape, 2);
    await ui.waitFor('Main menu');
    await ui.press(KEY.down); // Generate
    await ui.press(KEY.enter);
    await ui.waitFor('files included');
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 12 samples/);
  });
});
