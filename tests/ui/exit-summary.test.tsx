// Issue 14: leaving the menu lists what the session built and exported, with the files' paths, and any
// review change (a move or exclusion) made after the files were last written.
import { afterEach, beforeAll, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { exitSummary, newExitReport } from '../../src/ui/session/exit-report.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

it('names the build and the export with their files, and an exclusion made after them until it is exported', async () => {
  const report = newExitReport();
  ui = await drive(<App cwd={makeWorkspace({ shippedSamples: true })} exitReport={report} />);
  await ui.waitFor('samples ·');
  expect(await exitSummary(report)).toEqual([]); // nothing done yet: nothing to say
  await ui.press(KEY.down);
  await ui.press(KEY.enter);
  await ui.waitFor('4 of 4 files included');
  await ui.press(KEY.enter);
  const done = await ui.waitFor('Continue: split and review', 60_000);
  const id = /Dataset (ds-[0-9a-f]{8}) "my_dataset"/.exec(done)![1];
  await ui.press(KEY.enter);
  await ui.waitFor(/❯ Split and review\s+← next/);
  let lines = await exitSummary(report);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^ftdb: built ${id} "my_dataset": 36 samples, files in output_datasets/my_dataset/ \\(my_dataset_train\\.jsonl, my_dataset_validation\\.jsonl, `));

  // review: exclude one sample in the browser, then leave without exporting
  await ui.press(KEY.enter);
  await ui.waitFor('Browse samples');
  await ui.press(KEY.down, 2);
  await ui.press(KEY.enter);
  await ui.waitFor('stored order'); // the browser's list
  await ui.press('x');
  await ui.press(KEY.escape);
  await ui.waitFor('Split into train and validation');
  await ui.press(KEY.escape);
  await ui.waitFor('Main menu');
  lines = await exitSummary(report);
  expect(lines.at(-1)).toBe(
    `ftdb: ${id} "my_dataset" has review changes (moves or exclusions) that are not exported: run ftdb and choose Export, or \`ftdb export ${id}\`.`,
  );

  // an export writes them: the warning goes and the export is listed with its files
  await ui.press(KEY.down, 2); // Split and review → Statistics → Export
  await ui.press(KEY.enter);
  await ui.waitFor(`Export ${id}`);
  await ui.press(KEY.enter);
  await ui.waitFor('Back to the main menu');
  lines = await exitSummary(report);
  expect(lines.some((line) => line.includes('review changes'))).toBe(false);
  expect(lines.at(-1)).toMatch(new RegExp(`^ftdb: exported ${id} "my_dataset" to output_datasets/my_dataset/ \\(.*my_dataset_metadata\\.csv`));
});
