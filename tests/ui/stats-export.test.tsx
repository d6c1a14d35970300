import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { statsForDataset } from '../../src/core/export/dataset-stats.js';
import { openDatabase } from '../../src/core/store/database.js';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { buildDataset, clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

async function openEntry(dir: string, downs: number): Promise<Driver> {
  const driver = await drive(<App cwd={dir} />);
  await driver.waitFor('samples ·');
  await driver.press(KEY.down, downs);
  await driver.press(KEY.enter);
  return driver;
}

describe('View dataset statistics', () => {
  it('picks a saved dataset and pages through tokens, sources, keywords and validation', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    const { datasetId, dbFile } = await buildDataset(dir);
    const db = openDatabase(dbFile);
    const stats = statsForDataset(db, datasetId);
    db.close();
    ui = await openEntry(dir, 3);
    await ui.waitFor(datasetId);
    await ui.press(KEY.enter);
    const tokens = await ui.waitFor('Tokens: total');
    expect(tokens).toContain(`total ${stats.tokens.total.toLocaleString('en-US')} · min ${stats.tokens.min}`);
    expect(tokens).toContain(`${stats.counts.total} samples: train ${stats.counts.train} · validation ${stats.counts.validation}`);
    await ui.press(KEY.right);
    expect(await ui.waitFor('support_chats.txt')).toContain('█ train  ▒ validation');
    await ui.press(KEY.right);
    await ui.waitFor(stats.distribution.byKeyword[0].key);
    await ui.press(KEY.right);
    expect(await ui.waitFor('missing_system_message')).toMatch(/\d+ error\(s\), \d+ warning\(s\)|Every example passes/);
    await ui.press(KEY.escape);
    await ui.waitFor('Which dataset?');
    await ui.press(KEY.escape);
    await ui.waitFor('Main menu');
  });

  it('says there is nothing yet when no dataset was built', async () => {
    ui = await openEntry(makeWorkspace(), 3);
    const frame = await ui.waitFor('No database at');
    expect(frame).toContain('Run `ftdb build` (or the menu) first');
  });
});

describe('Export', () => {
  it('exports a picked dataset and lists the paths written', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    const { datasetId } = await buildDataset(dir);
    const out = path.join(dir, 'output_datasets', 'my_dataset');
    fs.rmSync(out, { recursive: true, force: true });
    ui = await openEntry(dir, 4);
    await ui.waitFor(datasetId);
    await ui.press(KEY.enter); // pick
    await ui.waitFor(`Export ${datasetId} (JSONL + CSV metadata + stats)`);
    await ui.press(KEY.enter);
    const frame = await ui.waitFor(`Exported ${datasetId}:`);
    for (const file of ['my_dataset_train.jsonl', 'my_dataset_validation.jsonl', 'my_dataset_metadata.csv', 'my_dataset_stats.json']) {
      expect(frame).toContain(`output_datasets/my_dataset/${file}`);
      expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Main menu')).toContain(`Exported ${datasetId} to output_datasets/`);
  });
});
