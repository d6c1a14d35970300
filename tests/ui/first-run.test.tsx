// The first-run promise: with no API key, a user who keeps pressing Enter ends with an exported
// identify-mode dataset from input_files/, the main menu pointing at the next step each time.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

const lines = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n').length;

describe('first run, Enter only', () => {
  it('goes Configure → Generate → Split and review → Export and leaves an exported identify dataset', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    ui = await drive(<App cwd={dir} />);
    expect(await ui.waitFor('samples ·')).toMatch(/❯ Configure dataset\s+← next/);

    await ui.press(KEY.enter); // Configure: provider, model, mode, size, split, output name, all defaults
    await ui.press(KEY.enter, 6);
    expect(await ui.waitFor('Configured:')).toMatch(/❯ Generate dataset\s+← next/);

    await ui.press(KEY.enter); // Generate: every file included
    expect(await ui.waitFor('4 of 4 files included')).toContain('nimbus_thermostat_faq.md');
    await ui.press(KEY.enter);
    const done = await ui.waitFor('Continue: split and review', 60_000);
    expect(done).toMatch(/✓ Dataset ds-[0-9a-f]{8} "my_dataset": \d+ samples/);
    // issue 14 item 7: the outcome fits 80x24, so the run's file log shows as far as there is room,
    // after the per-phase summary that counts every file
    expect(done).toMatch(/read 4 files in \d+s · found \d+ · kept \d+/);
    expect(done).toMatch(/✓ billing_questions\.csv\s+read in \d+ ms/);
    expect(done).toMatch(/… \d+ more line\(s\) of the run/);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Generated ds-')).toMatch(/❯ Split and review\s+← next/);

    await ui.press(KEY.enter); // Split: yes, 90/10, random
    await ui.waitFor('By source file');
    await ui.press(KEY.enter, 3);
    expect(await ui.waitFor('Done: continue to Export')).toContain('90/10, random, seed 42');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Split ds-')).toMatch(/❯ Export\s+← next/);

    await ui.press(KEY.enter); // Export
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Exported ds-')).toContain('output_datasets/my_dataset/my_dataset_train.jsonl');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Main menu')).toMatch(/❯ Exit\s+← next/);

    const out = path.join(dir, 'output_datasets', 'my_dataset');
    const db = new Database(path.join(dir, 'memory', 'dataset_builder.db'), { readonly: true });
    try {
      const dataset = db.prepare('SELECT * FROM datasets').get() as { id: string; mode: string; status: string };
      expect(dataset).toMatchObject({ mode: 'identify', status: 'complete' });
      const count = (split: string) =>
        (db.prepare('SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ? AND COALESCE(split_override, split) = ?').get(dataset.id, split) as { n: number }).n;
      expect(count('train')).toBeGreaterThan(0);
      expect(count('validation')).toBeGreaterThan(0);
      expect(lines(path.join(out, 'my_dataset_train.jsonl'))).toBe(count('train'));
      expect(lines(path.join(out, 'my_dataset_validation.jsonl'))).toBe(count('validation'));
      expect(fs.readFileSync(path.join(out, 'my_dataset_metadata.csv'), 'utf8')).toMatch(/^sample_id,content_preview,token_length,topic_keywords,source_file,split/);
      expect(JSON.parse(fs.readFileSync(path.join(out, 'my_dataset_stats.json'), 'utf8')).dataset_id).toBe(dataset.id);
    } finally {
      db.close();
    }
  });
});
