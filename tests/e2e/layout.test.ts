// Issue 14 item 7: every screen works at 80x24 and still reads at 60x20. The real bundled `ftdb` in
// tmux walks the main screens (Configure, Generate, the run's outcome, Split and review, Statistics,
// Export, Publish, Settings, Manage datasets, the sample browser's list, search, reader and editor,
// the help overlay) and every captured frame must keep its title on the
// first line, its key help on the last, and the selected row on screen; the file-reading log of the
// run must not stay above the later screens.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../helpers/build-cli.js';
import { openTerminal, type Terminal } from './helpers/tmux.js';
import { terminalWorkspace } from './helpers/workspace.js';

let cli: string;
let term: Terminal | undefined;
beforeAll(() => {
  cli = buildCli();
});
afterEach(() => term?.close());

/** The visible lines without the blank ones tmux pads the pane with. */
function lines(screen: string): string[] {
  const all = screen.split('\n');
  while (all.length && all.at(-1)!.trim() === '') all.pop();
  return all;
}

interface Check {
  /** The frame shows a list: its selected row (❯) must be on screen. */
  list?: boolean;
}

/** Waits for `expected`, checks the frame is whole, then sends the keys. */
async function step(t: Terminal, rows: number, expected: string | RegExp, check: Check, ...keys: string[]): Promise<string> {
  await t.waitFor(expected);
  await new Promise((resolve) => setTimeout(resolve, 150)); // let the frame settle
  const screen = t.screen();
  const shown = lines(screen);
  const where = `\n--- frame (${String(expected)}) ---\n${screen}`;
  expect(shown[0], `title on the first line${where}`).toMatch(/^ftdb › \S/);
  expect(shown.length, `fits the ${rows} rows${where}`).toBeLessThanOrEqual(rows);
  expect(shown.at(-1), `key help on the last line${where}`).toMatch(/help|Esc|quit|Enter/);
  if (check.list) expect(shown.some((line) => /^\s*❯ /.test(line)), `selected row visible${where}`).toBe(true);
  for (const key of keys) t.send(key);
  return screen;
}

async function walk(columns: number, rows: number): Promise<void> {
  const { dir, env } = terminalWorkspace('ftdb-layout-');
  term = openTerminal([process.execPath, cli], { cwd: dir, env, columns, rows });
  const t = term;
  const s = (expected: string | RegExp, check: Check, ...keys: string[]) => step(t, rows, expected, check, ...keys);
  const list = { list: true };

  await t.waitFor(/\d+ samples/); // config.yaml read: the menu settles before the first key
  await s(/❯ Configure dataset\s+← next/, list, 'Enter');
  await s('Fine-tuning target provider', list, 'Enter');
  await s('› Model', list, 'Enter');
  await s('Identify  no key needed', list, 'Enter');
  await s('How many samples? 100', {}, 'Enter');
  await s('90/10 train/validation', list, 'Enter');
  await s('Output name: my_dataset', {}, 'Enter');
  await s(/❯ Generate dataset\s+← next/, list, 'Enter');
  await s('4 of 4 files included', list, 'Enter');
  const outcome = await s('Continue: split and review', list, 'Enter');
  expect(outcome).toMatch(/read 4 files in \d+s · found \d+ · kept \d+/);
  // the run's file log is not left above the next screen
  const menu = await s(/❯ Split and review\s+← next/, list, 'Enter');
  expect(menu).not.toMatch(/read in \d+ ms/);
  await s('Split into train and validation', list, 'Enter');
  await s('90/10 train/validation', list, 'Enter');
  await s('❯ Random', list, 'Enter');
  await s('Done: continue to Export', list, 'Down');
  await s('❯ Browse samples', list, 'Enter');
  // the sample browser: the list, a search typed in one burst, the reader and the editor
  const browser = await s(/train \(\d+\)/, list, '/a');
  expect(lines(browser).at(-1)).toContain('Enter read');
  await s('Search: a', {}, 'Enter');
  await s(/search: a · \d+ of \d+ match/, list, 'Enter');
  await s(/\d+ tokens · identified/, {}, 'e');
  await s(/Which turn of/, list, 'Down', 'Enter');
  await s('is a line break · Enter saves · Esc cancels', {}, 'Escape');
  await s(/Which turn of/, list, 'Escape');
  await s(/\d+ tokens · identified/, {}, 'Escape');
  await s(/search: a · \d+ of \d+ match/, list, 'Escape');
  await s('Done: continue to Export', list, 'Enter');
  await s(/❯ Export\s+← next/, list, 'Up');
  await s(/❯ View dataset statistics/, list, 'Enter');
  await s(/❯ .*my_dataset/, list, 'Enter');
  await s(/Tokens.*Sources.*Keywords/, {}, 'Right');
  await s(/By source|billing_questions/, {}, 'Right', 'Right');
  await s(/error\(s\)|Every example passes/, {}, 'Escape');
  await s(/❯ .*my_dataset/, list, 'Escape');
  await s(/❯ Export\s+← next/, list, 'Enter');
  await s(/Export ds-[0-9a-f]{8}/, list, 'Enter');
  await s('Back to the main menu', list, 'Enter');
  await s(/❯ Exit/, list, 'Up', 'Up', 'Up');
  await s(/❯ Publish to the Hub/, list, 'Enter');
  await s('ftdb › Publish', {}, 'Escape');
  await s(/❯ Exit/, list, 'Up', 'Up');
  await s(/❯ Settings/, list, 'Enter');
  await s('Edit configuration', list, 'Enter');
  await s(/dataset_size/, list, 'Escape');
  await s('Edit configuration', list, 'Down');
  await s(/❯ API keys/, list, 'Enter');
  await s('OPENAI_API_KEY', {}, 'Escape');
  await s('Edit configuration', list, 'Down', 'Down');
  await s(/❯ Where data lives/, list, 'Enter');
  await s('dataset_builder.db', {}, 'Escape');
  await s('Edit configuration', list, 'Escape');
  // Manage datasets: the picker, the actions, rename, and a delete asked twice
  await s(/❯ Exit/, list, 'Up');
  await s(/❯ Manage datasets/, list, 'Enter');
  await s(/❯ .*my_dataset/, list, 'Enter');
  await s(/❯ Rename/, list, 'Enter');
  await s('New name:', {}, 'Escape');
  await s(/❯ Rename/, list, 'Down', 'Down', 'Enter');
  await s(/❯ No, keep it/, list, 'Enter');
  await s(/❯ Rename/, list, 'Down', 'Down', 'Enter');
  await s(/❯ No, keep it/, list, 'Down', 'Enter');
  const deleted = await s(/✓ Deleted ds-/, {}, 'Escape');
  expect(deleted.replace(/\s*\n\s*/g, ' ')).toContain('To get it back, quit and run: ftdb restore');
  await s('ftdb › Main menu', list, '?'); // the deleted dataset was current: Generate is next
  await s('Keys on this screen', {}, 'Escape');
  await s('ftdb › Main menu', list, 'q');
  await t.waitFor('[exited with 0]');
}

describe('layout in a real terminal', () => {
  it('every main screen keeps its title, key help and selected row at 80x24', async () => {
    await walk(80, 24);
  });

  it('and still at 60x20', async () => {
    await walk(60, 20);
  });
});
