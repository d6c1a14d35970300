import fs from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
});
afterEach(() => ui?.unmount());

describe('main menu', () => {
  it('lists the eight entries with Configure highlighted as the next step', async () => {
    ui = await drive(<App cwd={makeWorkspace()} />);
    const frame = await ui.waitFor('samples ·');
    for (const entry of ['Configure dataset', 'Generate dataset', 'Split and review', 'View dataset statistics', 'Export', 'Publish to the Hub', 'Settings', 'Exit']) {
      expect(frame).toContain(entry);
    }
    expect(frame).toMatch(/❯ Configure dataset\s+← next/);
    expect(frame).toContain('q quit');
  });

  it('shows an invalid config.yaml as an error with its key path, not a stack trace', async () => {
    const dir = makeWorkspace();
    fs.writeFileSync(`${dir}/config.yaml`, 'mode: sometimes\n');
    ui = await drive(<App cwd={dir} />);
    const frame = await ui.waitFor('Cannot start');
    expect(frame).toContain('mode: must be one of');
    expect(frame).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('Esc leaves a screen back to the main menu', async () => {
    ui = await drive(<App cwd={makeWorkspace()} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down, 6);
    await ui.press(KEY.enter);
    await ui.waitFor('ftdb › Settings');
    await ui.press(KEY.escape);
    expect(await ui.waitFor('ftdb › Main menu')).toContain('Configure dataset');
  });

  it('counts every key of a burst that arrives in one chunk (a held arrow, a script)', async () => {
    ui = await drive(<App cwd={makeWorkspace()} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down.repeat(3) + KEY.enter);
    expect(await ui.waitFor('ftdb › Statistics')).toContain('No database');
  });

  it('wraps around at the ends of a menu', async () => {
    ui = await drive(<App cwd={makeWorkspace()} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.up);
    expect(ui.frame()).toMatch(/❯ Exit/);
  });
});
