// Issue 14: `?` opens a help overlay listing every key of the current screen (the same hints as its help
// line), Esc or `?` closes it, and while it is open no other key acts on the hidden screen.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

/** The hints of the help line (the last line of the frame), without the "? help" hint itself. */
function hints(frame: string): string[] {
  const last = frame.trimEnd().split('\n').at(-1) ?? '';
  return last.split(' · ').filter((hint) => hint !== '? help');
}

/** Opens the overlay and checks it lists every hint of the help line; returns the overlay frame. */
async function openHelp(driver: Driver): Promise<string> {
  const before = driver.frame();
  expect(before.trimEnd().split('\n').at(-1)).toContain('? help');
  await driver.press('?');
  const overlay = await driver.waitFor('Keys on this screen');
  for (const hint of hints(before)) expect(overlay).toContain(hint);
  return overlay;
}

describe('help overlay', () => {
  it('on the main menu: lists the keys with what they also accept, and Esc closes it without leaving', async () => {
    ui = await drive(<App cwd={makeWorkspace()} />);
    await ui.waitFor('samples ·');
    const overlay = await openHelp(ui);
    expect(overlay).toContain('ftdb › Main menu › Keys');
    expect(overlay).toContain('also j/k; PgUp/PgDn a page');
    expect(overlay).not.toContain('Configure dataset');
    await ui.press(KEY.down); // paused while the help is open
    await ui.press(KEY.escape);
    const menu = await ui.waitFor('Configure dataset');
    expect(menu).not.toContain('Keys on this screen');
    expect(menu).toMatch(/❯ Configure dataset/);
    await ui.press('?');
    await ui.waitFor('Keys on this screen');
    await ui.press('?'); // ? closes it too
    expect(await ui.waitFor('Configure dataset')).not.toContain('Keys on this screen');
  });

  it('works on every screen of the main menu, and the hidden screen keeps its state', async () => {
    ui = await drive(<App cwd={makeWorkspace({ shippedSamples: true })} />);
    await ui.waitFor('samples ·');
    for (const downs of [0, 1, 2, 3, 4, 5, 6]) {
      await ui.press(KEY.down, downs);
      await ui.press(KEY.enter);
      await ui.waitFor(/ftdb › (?!Main menu)/);
      await ui.waitFor(/\? help\s*$/);
      const title = ui.frame().split('\n')[0];
      const overlay = await openHelp(ui);
      expect(overlay.split('\n')[0]).toBe(`${title} › Keys`);
      await ui.press(KEY.escape);
      expect(await ui.waitFor(/\? help\s*$/)).toContain(title);
      await ui.press(KEY.escape);
      await ui.waitFor('ftdb › Main menu');
      // the menu reopens on its suggested entry (Configure): start each round from the top
      await ui.waitFor(/❯ Configure dataset/);
    }
  });

  it('on the file list, Space does nothing while the help is open and Esc returns to the same selection', async () => {
    ui = await drive(<App cwd={makeWorkspace({ shippedSamples: true })} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    await ui.waitFor('4 of 4 files included');
    await ui.press(KEY.space); // exclude the first file
    await ui.waitFor('3 of 4 files included');
    const overlay = await openHelp(ui);
    expect(overlay).toContain('Space include/exclude');
    await ui.press(KEY.space);
    await ui.press(KEY.escape);
    expect(await ui.waitFor('files included')).toContain('3 of 4 files included');
  });

  it('in a text field ? is a character, not the help key', async () => {
    ui = await drive(<App cwd={makeWorkspace()} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.enter);
    await ui.waitFor('Fine-tuning target provider');
    await ui.press(KEY.enter, 3);
    const field = await ui.waitFor('How many samples? 100');
    expect(field.trimEnd().split('\n').at(-1)).not.toContain('? help');
    await ui.press('?');
    const typed = await ui.waitFor('How many samples? 100?');
    expect(typed).not.toContain('Keys on this screen');
  });
});
