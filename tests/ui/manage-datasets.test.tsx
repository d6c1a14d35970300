// Manage datasets from the main menu on a real dataset (Homebrew's FAQ): rename typed as one burst,
// duplicate, and delete after a "No" first and then a "Yes", with the backup left on disk.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { restoreFromBackup } from '../../src/core/app/restore.js';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { buildCorpusDataset, clearAgentEnv, isolatePreferences } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

function datasets(dbFile: string): { id: string; name: string; n: number }[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare('SELECT d.id, d.name, (SELECT COUNT(*) FROM samples s WHERE s.dataset_id = d.id) AS n FROM datasets d ORDER BY d.created_at')
      .all() as { id: string; name: string; n: number }[];
  } finally {
    db.close();
  }
}

const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('Manage datasets', () => {
  it('renames, duplicates and deletes a dataset, asking before the delete and backing up first', async () => {
    const { dir, datasetId, dbFile } = await buildCorpusDataset(['text/homebrew_FAQ.md']);
    const samples = datasets(dbFile)[0].n;
    ui = await drive(<App cwd={dir} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down, 7);
    await ui.press(KEY.enter);
    await ui.waitFor('Which dataset?');
    await ui.press(KEY.enter);
    await ui.waitFor('Duplicate');
    await ui.press(KEY.enter); // Rename
    await ui.waitFor('New name:');
    await ui.press('\u007f'.repeat(40) + 'brew faq v2\r'); // erase and type in one write
    expect(flat(await ui.waitFor('Renamed'))).toContain(`Renamed ${datasetId} to brew_faq_v2. The next export writes output_datasets/brew_faq_v2/.`);
    expect(datasets(dbFile)).toEqual([{ id: datasetId, name: 'brew_faq_v2', n: samples }]);

    await ui.press(KEY.enter); // the same dataset again
    await ui.waitFor('Duplicate');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    await ui.waitFor('Duplicated');
    const [, copy] = datasets(dbFile);
    expect(copy).toMatchObject({ name: 'brew_faq_v2_copy', n: samples });
    expect(ui.frame()).toContain(`Duplicated ${datasetId} as brew_faq_v2_copy (${copy.id}).`);

    await ui.press(KEY.down); // the original, below the newer copy
    await ui.press(KEY.enter);
    await ui.waitFor('Duplicate');
    await ui.press(KEY.down, 2);
    await ui.press(KEY.enter); // Delete…
    expect(flat(await ui.waitFor('No, keep it'))).toContain(`Delete ${datasetId} and its ${samples} samples?`);
    await ui.press(KEY.enter); // No
    await ui.waitFor('Duplicate');
    expect(datasets(dbFile)).toHaveLength(2);
    await ui.press(KEY.down, 2);
    await ui.press(KEY.enter);
    await ui.waitFor('No, keep it');
    await ui.press(KEY.down);
    await ui.press(KEY.enter); // Yes
    const done = flat(await ui.waitFor('Deleted'));
    const [, shownBackup, restoreArg] = /Backup: (memory\/backups\/\S+\.db)\. To get it back, quit and run: ftdb restore (\S+\.db)/.exec(done)!;
    const backup = path.join(dir, shownBackup);
    expect(datasets(dbFile)).toEqual([{ id: copy.id, name: 'brew_faq_v2_copy', n: samples }]);
    expect(datasets(backup).map((d) => d.id)).toContain(datasetId);
    // the command the message names brings the deleted dataset back
    restoreFromBackup(dbFile, restoreArg);
    expect(datasets(dbFile).map((d) => d.id)).toContain(datasetId);
  });
});
