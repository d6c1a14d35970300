// vadimdemedes/ink#904 (Ink 6.8): after a <Static> unmounts, Ink keeps rendering it from freed Yoga
// memory and may allocate gigabytes. A run view with its own <Static>, left for another screen,
// brought the process down here. The app keeps one <Static> for the whole session instead.
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

it('leaving the run view for other screens many times keeps rendering, with each finished file printed once', async () => {
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
  expect(frame.match(/support_faq\.txt {2}read in \d+ ms/g)).toHaveLength(1);
  expect(frame.length).toBeLessThan(5_000);
  expect(process.memoryUsage().heapUsed).toBeLessThan(1024 * 1024 * 1024);
});
