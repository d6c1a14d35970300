// vadimdemedes/ink#904 (Ink 6.8): after a <Static> unmounts, Ink keeps rendering it from freed Yoga
// memory and may allocate gigabytes. A run view with its own <Static>, left for another screen,
// brought the process down here. The app now renders no <Static> at all: the run's file log stays in
// the run view (issue 14 item 7: it must not stay above every later screen).
import { afterEach, beforeAll, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

it('leaving the run view for other screens many times keeps rendering, and the file log does not follow onto them', async () => {
  ui = await drive(<App cwd={makeWorkspace()} />);
  await ui.waitFor('samples ·');
  await ui.press(KEY.down);
  await ui.press(KEY.enter);
  await ui.waitFor('files included');
  await ui.press(KEY.enter);
  await ui.waitFor('Continue: split and review', 60_000);
  await ui.press(KEY.enter);
  await ui.waitFor('Generated ds-');
  // the menu reopens on "Split and review" (the next step): visit it, Stats, Export and Settings
  for (let round = 0; round < 3; round++) {
    for (const downs of [0, 1, 2, 3]) {
      await ui.press(KEY.down, downs);
      await ui.press(KEY.enter);
      await ui.press(KEY.escape);
      await ui.waitFor('Main menu');
    }
  }
  const frame = ui.frame();
  expect(frame).toContain('ftdb › Main menu');
  expect(frame).not.toMatch(/support_faq\.txt {2}read in \d+ ms/);
  expect(frame.length).toBeLessThan(5_000);
  expect(process.memoryUsage().heapUsed).toBeLessThan(1024 * 1024 * 1024);
});
