// Interrupted runs (issue 14 item 2): q during a run cancels instead of killing it, the exit report
// says what was kept, and after a restart Generate offers to resume every stopped dataset.
import { describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { exitSummary, newExitReport } from '../../src/ui/session/exit-report.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { makeWorkspace } from './helpers/workspace.js';
import { paidSession } from './helpers/paid-session.js';

const paid = paidSession();

const CONFIG = 'mode: create\ndataset_size: 12\nagent:\n  create:\n    samples_per_chunk: 2\nsystem:\n  concurrency: 1\n';

async function openGenerate(driver: Driver): Promise<void> {
  await driver.waitFor('samples ·');
  await driver.press(KEY.down);
  await driver.press(KEY.enter);
}

/** Starts the paid run, accepts its estimate, and presses `quitKey` once some samples are accepted. */
async function startAndQuit(driver: Driver, quitKey = 'q'): Promise<number> {
  await openGenerate(driver);
  await driver.waitFor('files included');
  await driver.press(KEY.enter);
  await driver.waitFor('Start the run', 60_000);
  await driver.press(KEY.enter);
  await driver.waitFor(/Samples [1-9]\d*\/12/, 60_000);
  await driver.press(quitKey);
  const cancelled = await driver.waitFor('Resume now', 60_000);
  return Number(/Cancelled\. (\d+) sample\(s\) kept in ds-/.exec(cancelled)?.[1]);
}

describe('interrupted runs in the menu', () => {
  it('q during a run cancels it (the app stays) and the exit report says what was kept and how to continue', async () => {
    paid.use();
    const report = newExitReport();
    const ui = (paid.ui = await drive(<App cwd={makeWorkspace({ shippedSamples: true, config: CONFIG })} exitReport={report} />));
    const kept = await startAndQuit(ui);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(12);
    const lines = await exitSummary(report);
    expect(lines[0]).toMatch(new RegExp(`^ftdb: dataset ds-[0-9a-f]{8} "my_dataset" cancelled: ${kept} of 12, \\$0\\.\\d{4} spent\\. Everything accepted is kept\\.$`));
    expect(lines[1]).toContain('Generate dataset › Resume');
  });

  it('Ctrl-C during a run cancels it too, keeping what was accepted', async () => {
    paid.use();
    const ui = (paid.ui = await drive(<App cwd={makeWorkspace({ shippedSamples: true, config: CONFIG })} />));
    const kept = await startAndQuit(ui, '\u0003');
    expect(kept).toBeGreaterThan(0);
    expect(ui.frame()).toContain('Generate dataset › Cancelled');
  });

  it('after a restart the pickers show the real count and Generate resumes the cancelled dataset to its size', async () => {
    paid.use();
    const dir = makeWorkspace({ shippedSamples: true, config: CONFIG });
    let ui = (paid.ui = await drive(<App cwd={dir} />));
    const kept = await startAndQuit(ui);
    ui.unmount();

    ui = paid.ui = await drive(<App cwd={dir} />); // a new session on the same folder
    await ui.waitFor('samples ·');
    await ui.press(KEY.down, 3); // View dataset statistics
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Which dataset?')).toMatch(new RegExp(`ds-[0-9a-f]{8} · ${kept} samples · cancelled`));
    await ui.press(KEY.escape);
    await openGenerate(ui);
    const offer = await ui.waitFor('Resume or start');
    expect(offer).toMatch(new RegExp(`Resume my_dataset \\(${kept} of 12, \\$0\\.\\d{4} spent\\)\\s+ds-[0-9a-f]{8} · cancelled`));
    expect(offer).toContain('Start a new run');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 12 samples/);
  });

  it('"Start a new run" goes to the file list, and Esc there comes back to the offer', async () => {
    paid.use();
    const dir = makeWorkspace({ shippedSamples: true, config: CONFIG });
    const ui = (paid.ui = await drive(<App cwd={dir} />));
    await startAndQuit(ui);
    await ui.press(KEY.down);
    await ui.press(KEY.enter); // Back to the main menu
    await openGenerate(ui);
    await ui.waitFor('Resume or start');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    await ui.waitFor('files included');
    await ui.press(KEY.escape);
    expect(await ui.waitFor('Resume or start')).toContain('Resume my_dataset');
  });
});
