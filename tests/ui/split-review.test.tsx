import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { buildDataset, clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

function sides(dbFile: string, datasetId: string): Record<string, number> {
  const db = new Database(dbFile, { readonly: true });
  try {
    const rows = db
      .prepare("SELECT COALESCE(split_override, split, 'unsplit') AS side, COUNT(*) AS n FROM samples WHERE dataset_id = ? GROUP BY side")
      .all(datasetId) as { side: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.side, r.n]));
  } finally {
    db.close();
  }
}

function overrideOf(dbFile: string, sampleId: string): string | null {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('SELECT split_override AS o FROM samples WHERE id = ?').get(sampleId) as { o: string | null }).o;
  } finally {
    db.close();
  }
}

async function openSplit(dir: string, datasetId: string): Promise<Driver> {
  const driver = await drive(<App cwd={dir} />);
  await driver.waitFor('samples ·');
  await driver.press(KEY.down, 2);
  await driver.press(KEY.enter);
  expect(await driver.waitFor('Which dataset?')).toContain(datasetId);
  await driver.press(KEY.enter);
  return driver;
}

describe('Split and review', () => {
  it('shows the distribution, re-splits 80/20 weighted by source, and shows each side', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    const { datasetId, dbFile } = await buildDataset(dir);
    ui = await openSplit(dir, datasetId);
    const ask = await ui.waitFor('By source file');
    expect(ask).toContain('nimbus_thermostat_faq.md');
    expect(ask).toContain('now 90/10, random, seed 42');
    await ui.press(KEY.enter); // split: yes
    await ui.press(KEY.down); // 80/20
    await ui.press(KEY.enter);
    await ui.press(KEY.down); // weighted by source
    await ui.press(KEY.enter);
    const result = await ui.waitFor('Done: continue to Export', 30_000);
    expect(result).toContain(`${datasetId}: 80/20, weighted by source, seed 42`);
    const counts = sides(dbFile, datasetId);
    expect(result).toContain(`train ${counts.train} · validation ${counts.validation}`);
    expect(counts.validation / (counts.train + counts.validation)).toBeGreaterThan(0.1);
    expect(result).toContain('█ train  ▒ validation');
  });

  it('refuses a custom ratio outside 0..1 and accepts 85/15', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    const { datasetId } = await buildDataset(dir);
    ui = await openSplit(dir, datasetId);
    await ui.waitFor('By source file');
    await ui.press(KEY.enter);
    await ui.press(KEY.down, 3); // Custom…
    await ui.press(KEY.enter);
    await ui.waitFor('Train/validation ratio: 90/10');
    await ui.press('\u007F', 5);
    await ui.type('150');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Use a ratio like 85/15')).toContain('150');
    await ui.type('/20'); // 150/20 would be read as 88/12 if the sides were not checked
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Cannot read the split ratio "150/20"')).toContain('add up to 100');
    await ui.press('\u007F', 6);
    await ui.type('85/15');
    await ui.press(KEY.enter);
    await ui.press(KEY.enter); // random
    expect(await ui.waitFor('Done: continue to Export', 30_000)).toContain('85/15, random');
  });

  it('splits with another seed typed as one burst, and stores it', async () => {
    const dir = makeWorkspace({ corpusFiles: ['text/homebrew_FAQ.md', 'text/semver.md'] });
    const { datasetId, dbFile } = await buildDataset(dir);
    ui = await openSplit(dir, datasetId);
    await ui.waitFor('By source file');
    await ui.press(KEY.enter, 2); // split: yes, 90/10
    await ui.waitFor('Seed 42 (change…)');
    await ui.press(KEY.down, 3);
    await ui.press(KEY.enter);
    await ui.waitFor('Seed: 42');
    await ui.press('\u007f\u007fx\r'); // erase 42, a letter: refused
    expect(await ui.waitFor('Type a whole number from 0 to 2147483647')).toContain('Seed: x');
    await ui.press('\u007f7\r');
    expect(await ui.waitFor('Seed 7 (change…)')).toMatch(/❯ Random/); // back on the strategy in use
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Done: continue to Export', 30_000)).toContain(`${datasetId}: 90/10, random, seed 7`);
    const db = new Database(dbFile, { readonly: true });
    const stored = JSON.parse((db.prepare('SELECT split_settings AS s FROM datasets WHERE id = ?').get(datasetId) as { s: string }).s);
    db.close();
    expect(stored).toMatchObject({ ratio: 0.9, strategy: 'random', seed: 7 });
  });

  it('browses samples per split, moves one to the other side and excludes another (saved at once)', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    const { datasetId, dbFile } = await buildDataset(dir);
    ui = await openSplit(dir, datasetId);
    await ui.waitFor('By source file');
    await ui.press(KEY.enter, 3); // 90/10, random
    await ui.waitFor('Done: continue to Export', 30_000);
    const before = sides(dbFile, datasetId);
    await ui.press(KEY.down);
    await ui.press(KEY.enter); // Browse samples
    const list = await ui.waitFor(`train (${before.train})`);
    expect(list).toContain(`validation (${before.validation})`);
    await ui.press(KEY.enter); // read the first train sample in full
    const detail = await ui.waitFor('user:');
    const sampleId = /(s-[0-9a-f]+) · /.exec(detail)![1];
    await ui.press('m');
    expect(await ui.waitFor(`${sampleId} moved to validation.`)).toContain('moved by you');
    expect(overrideOf(dbFile, sampleId)).toBe('validation');
    await ui.press(KEY.escape); // back to the list
    await ui.press('x');
    await ui.waitFor('excluded.');
    const after = sides(dbFile, datasetId);
    expect(after).toMatchObject({ train: before.train - 2, validation: before.validation + 1, excluded: (before.excluded ?? 0) + 1 });
    await ui.press(KEY.right, 2); // excluded tab
    await ui.waitFor(`excluded (${after.excluded})`);
    await ui.press('x'); // restore
    await ui.waitFor('restored.');
    expect(sides(dbFile, datasetId).excluded ?? 0).toBe(before.excluded ?? 0);
    await ui.press(KEY.escape);
    const result = await ui.waitFor('Done: continue to Export');
    expect(result).toContain(`validation ${before.validation + 1}`);
    // issue 14: the files written by the split no longer match, and leaving says so
    expect(result.replace(/\s+/g, ' ')).toContain('the exported files are out of date until you export again');
    await ui.press(KEY.escape, 2); // result → strategy → … back out of the flow
    await ui.press(KEY.escape, 3);
    expect((await ui.waitFor('Main menu')).replace(/\s+/g, ' ')).toContain(`Samples of ${datasetId} were moved, excluded or edited: Export again to update the files.`);
  });

  it('on a return visit offers Browse samples without splitting again, and an empty tab does not trap the cursor', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    const { datasetId, dbFile } = await buildDataset(dir); // split 90/10 by the build itself
    const before = sides(dbFile, datasetId);
    expect(before.excluded ?? 0).toBe(0); // so the excluded tab is empty
    ui = await openSplit(dir, datasetId);
    await ui.waitFor('By source file');
    await ui.press(KEY.down, 2);
    await ui.press(KEY.enter); // Browse samples (move or exclude)
    await ui.waitFor(`train (${before.train})`);
    await ui.press(KEY.left); // wraps to the empty excluded tab
    await ui.waitFor('No samples here.');
    await ui.press(KEY.left); // and leaves it again
    const validation = await ui.waitFor(/validation \(\d+\)/);
    expect(validation).not.toContain('No samples here.');
  });
});
