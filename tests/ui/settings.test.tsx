import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => isolatePreferences());
afterEach(() => ui?.unmount());

async function openSettings(dir: string): Promise<Driver> {
  const driver = await drive(<App cwd={dir} />);
  await driver.waitFor('samples ·');
  await driver.press(KEY.down, 6);
  await driver.press(KEY.enter);
  await driver.waitFor('Edit configuration');
  return driver;
}

describe('Settings', () => {
  it('edits a value into config.yaml with its comments kept, and the session uses it', async () => {
    const dir = makeWorkspace();
    fs.writeFileSync(path.join(dir, 'config.yaml'), '# my settings\nmode: identify\ndataset_size: 100   # how many\n');
    ui = await openSettings(dir);
    await ui.press(KEY.enter); // Edit configuration
    await ui.waitFor('provider');
    await ui.press(KEY.down, 3); // provider, model, mode, dataset_size
    await ui.press(KEY.enter);
    await ui.waitFor('dataset_size: 100');
    await ui.press('\u007F', 3);
    await ui.type('250');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Saved dataset_size = 250 to config.yaml')).toContain('dataset_size  250');
    expect(fs.readFileSync(path.join(dir, 'config.yaml'), 'utf8')).toBe('# my settings\nmode: identify\ndataset_size: 250   # how many\n');
    await ui.press(KEY.escape, 2);
    expect(await ui.waitFor('Main menu')).toContain('identify · 250 samples');
  });

  it('shows a refused value as an error and writes nothing', async () => {
    const dir = makeWorkspace();
    fs.writeFileSync(path.join(dir, 'config.yaml'), 'dataset_size: 100\n');
    ui = await openSettings(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('provider');
    await ui.press(KEY.down, 3);
    await ui.press(KEY.enter);
    await ui.press('\u007F', 3);
    await ui.type('-4');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('That value is not allowed')).toContain('dataset_size');
    expect(fs.readFileSync(path.join(dir, 'config.yaml'), 'utf8')).toBe('dataset_size: 100\n');
  });

  it('says which API keys are set without showing them', async () => {
    process.env.MISTRAL_API_KEY = 'sk-test-secret-value-123';
    delete process.env.OPENAI_API_KEY;
    try {
      ui = await openSettings(makeWorkspace());
      await ui.press(KEY.down);
      await ui.press(KEY.enter);
      const frame = await ui.waitFor('Keys are read from');
      expect(frame).toMatch(/Mistral\s+✓ set \(MISTRAL_API_KEY\)/);
      expect(frame).toMatch(/OpenAI\s+✗ OPENAI_API_KEY not set/);
      expect(frame).not.toContain('sk-test-secret-value-123');
    } finally {
      delete process.env.MISTRAL_API_KEY;
    }
  });

  it('shows where data lives', async () => {
    ui = await openSettings(makeWorkspace());
    await ui.press(KEY.down, 2);
    await ui.press(KEY.enter);
    const frame = await ui.waitFor('Database');
    expect(frame).toContain(path.join('memory', 'dataset_builder.db'));
    expect(frame).toContain('input_files/');
  });
});
