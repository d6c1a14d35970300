// Choosing the input folder in Generate: a missing input_files/ is created with a message, another
// folder of the workspace is picked from a list (and the build reads it), a typed path is burst-safe
// and a missing one is refused without creating it. Documents: Homebrew's FAQ (tests/fixtures/corpus).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, CORPUS, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('Generate: the input folder', () => {
  it('creates a missing input_files/, then reads another folder picked from the list', async () => {
    const dir = makeWorkspace();
    fs.rmSync(path.join(dir, 'input_files'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'docs'));
    fs.copyFileSync(path.join(CORPUS, 'text', 'homebrew_FAQ.md'), path.join(dir, 'docs', 'homebrew_FAQ.md'));
    ui = await drive(<App cwd={dir} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down);
    await ui.press(KEY.enter); // Generate
    const empty = flat(await ui.waitFor('No input files in input_files/.'));
    expect(empty).toContain('Created input_files/ (it was missing): put your documents there.');
    expect(fs.statSync(path.join(dir, 'input_files')).isDirectory()).toBe(true);

    await ui.press('f');
    const list = await ui.waitFor('Which folder holds the documents?');
    expect(list).toMatch(/❯ input_files\/\s+in use/);
    expect(list).toContain('docs/');
    expect(list).not.toContain('memory/');
    await ui.press(KEY.down);
    await ui.press(KEY.enter); // docs/
    expect(await ui.waitFor('Input files in docs/')).toContain('1 of 1 files included');
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/Dataset ds-[0-9a-f]{8} "my_dataset": \d+ samples/);
    const db = new Database(path.join(dir, 'memory', 'dataset_builder.db'), { readonly: true });
    const row = db.prepare('SELECT input_dir AS d FROM datasets').get() as { d: string };
    const sources = db.prepare('SELECT DISTINCT source_file AS f FROM samples').all() as { f: string }[];
    db.close();
    expect(row.d).toBe(path.join(dir, 'docs'));
    expect(sources).toEqual([{ f: 'homebrew_FAQ.md' }]);
  });

  it('refuses a typed folder that does not exist, without creating it', async () => {
    const dir = makeWorkspace();
    ui = await drive(<App cwd={dir} />);
    await ui.waitFor('samples ·');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    await ui.waitFor('1 of 1 files included');
    await ui.press('f');
    await ui.waitFor('Type a path…');
    await ui.press(KEY.up); // wraps to Type a path…
    await ui.press(KEY.enter);
    await ui.waitFor('Input folder: input_files');
    await ui.press('\u007f'.repeat(11) + 'nope/docs\r'); // one write
    expect(flat(await ui.waitFor('There is no folder'))).toContain('There is no folder nope/docs. Check the spelling, or put your documents in input_files/.');
    expect(fs.existsSync(path.join(dir, 'nope'))).toBe(false);
  });
});
