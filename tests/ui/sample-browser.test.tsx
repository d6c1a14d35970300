// The review screen's sample browser on a real dataset (Homebrew's and semver's FAQs): search and
// filters typed in bursts (several keys in one write), sorting by tokens, and editing a turn in place.
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { buildCorpusDataset, clearAgentEnv, isolatePreferences } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => ui?.unmount());

async function faqBrowser(): Promise<{ dir: string; dbFile: string; datasetId: string }> {
  const built = await buildCorpusDataset(['text/homebrew_FAQ.md', 'text/semver.md']);
  ui = await drive(<App cwd={built.dir} />);
  await ui.waitFor('samples ·');
  await ui.press(KEY.down, 2);
  await ui.press(KEY.enter); // Split and review
  await ui.waitFor('Which dataset?');
  await ui.press(KEY.enter);
  await ui.waitFor('By source file');
  await ui.press(KEY.down, 2);
  await ui.press(KEY.enter); // Browse samples
  await ui.waitFor(/train \(\d+\)/);
  return built;
}

function stored(dbFile: string, sql: string, ...params: unknown[]): Record<string, unknown>[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

const flat = (frame: string) => frame.replace(/\s+/g, ' ');

describe('Sample browser', () => {
  it('searches with a burst "/sudx⌫o⏎" and shows the three sudo answers across the tabs', async () => {
    const { dbFile, datasetId } = await faqBrowser();
    const total = stored(dbFile, 'SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ?', datasetId)[0].n;
    await ui!.press('/sudx\u007fo\r');
    const frame = flat(await ui!.waitFor('match (/ to change)'));
    expect(frame).toContain(`search: sudo · 3 of ${total} match`);
    const train = Number(/train \((\d+)\)/.exec(frame)![1]);
    const validation = Number(/validation \((\d+)\)/.exec(frame)![1]);
    expect(train + validation).toBe(3);
  });

  it('says which filter it cannot read, and sorts by tokens with s', async () => {
    const { dbFile, datasetId } = await faqBrowser();
    await ui!.press('/tokens:lots\r');
    expect(flat(await ui!.waitFor('! tokens:lots'))).toContain('write tokens:>200, tokens:<100 or tokens:100-300');
    await ui!.press('/');
    await ui!.press('\u007f'.repeat(20) + 'source:semver\r');
    await ui!.press('s');
    const frame = await ui!.waitFor('most tokens first');
    const longest = stored(
      dbFile,
      "SELECT MAX(token_length) AS t FROM samples WHERE dataset_id = ? AND source_file = 'semver.md' AND COALESCE(split_override, split) = 'train'",
      datasetId,
    )[0].t;
    expect(/❯ .* (\d+) tok/.exec(frame)![1]).toBe(String(longest));
  });

  it('edits a turn in place with bursts, refuses an empty one, and undoes the edit with u', async () => {
    const { dbFile } = await faqBrowser();
    await ui!.press('/rust\r');
    await ui!.waitFor('1 of');
    // The Rust question may have landed in validation: go to the tab that holds it.
    if (!/❯ .*Rust/.test(ui!.frame())) await ui!.press(KEY.right);
    await ui!.press(KEY.enter); // read it
    const sampleId = /(s-[0-9a-f]+) · /.exec(await ui!.waitFor('user:'))![1];
    await ui!.press('e');
    await ui!.waitFor('Which turn');
    await ui!.press(KEY.down);
    await ui!.press(KEY.enter); // the assistant's answer
    await ui!.waitFor('Editing assistant');
    await ui!.press('\u007f'.repeat(4000)); // a held Backspace: one write
    await ui!.press('\r');
    expect(flat(await ui!.waitFor('Not saved'))).toContain('empty content');
    await ui!.press('Ruby is fast enough⏎for us.'); // a paste: one write
    await ui!.press('\r');
    expect(flat(await ui!.waitFor('Edit saved'))).toMatch(/Edit saved: \d+ → \d+ tokens/);
    expect(ui!.frame()).toContain('edited by you');
    const [row] = stored(dbFile, 'SELECT content, edited_at FROM samples WHERE id = ?', sampleId);
    expect(JSON.parse(String(row.content)).turns[1].content).toBe('Ruby is fast enough\nfor us.');
    expect(row.edited_at).not.toBeNull();
    await ui!.press('u');
    await ui!.waitFor('the text as read is back');
    const [back] = stored(dbFile, 'SELECT content, edited_at FROM samples WHERE id = ?', sampleId);
    expect(JSON.parse(String(back.content)).turns[1].content).toContain('brew-rs');
    expect(back.edited_at).toBeNull();
  });
});
