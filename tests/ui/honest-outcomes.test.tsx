// Issue 14 items 3 and 4: no green tick or empty export for a run that made nothing, honest stats
// and an asked export for a stopped dataset, and a run's missing key or instructions named before
// any file is read or any cost is asked about.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadDotEnv } from '../../src/core/config/env.js';
import { App } from '../../src/ui/App.js';
import { TEST_KEYS } from '../servers/env.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { makeWorkspace } from './helpers/workspace.js';
import { paidSession } from './helpers/paid-session.js';

const paid = paidSession();

/** One line per paragraph, whatever width the test renderer wrapped it at. */
const flat = (frame: string) => frame.replace(/\s+/g, ' ');

async function openMenuEntry(driver: Driver, downs: number): Promise<void> {
  await driver.waitFor('samples ·');
  await driver.press(KEY.down, downs);
  await driver.press(KEY.enter);
}

function datasetCount(dir: string): number {
  const file = path.join(dir, 'memory', 'dataset_builder.db');
  if (!fs.existsSync(file)) return 0;
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM datasets').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a run that makes nothing', () => {
  it('ends on a failure screen that says why when no file has readable text, and writes no JSONL', async () => {
    const dir = makeWorkspace({ corpusFiles: ['bad/pdfjs_issue6010_1_password_abc.pdf', 'bad/pdfjs_bug1020226_corrupt.pdf'] });
    fs.rmSync(path.join(dir, 'input_files', 'support_faq.txt'));
    const ui = (paid.ui = await drive(<App cwd={dir} />));
    await openMenuEntry(ui, 1);
    await ui.waitFor('2 of 2 files included');
    await ui.press(KEY.enter);
    const failed = flat(await ui.waitFor('Generate dataset › Failed', 60_000));
    expect(failed).toContain('No readable text in the 2 input file(s)');
    expect(failed).toMatch(/pdfjs_issue6010_1_password_abc\.pdf: [^;]*encrypted/i);
    expect(failed).toContain('pdfjs_bug1020226_corrupt.pdf');
    expect(failed).toContain('nothing was generated or spent');
    expect(failed).not.toContain('Continue: split and review');
    expect(failed).not.toContain('✓');
    const out = path.join(dir, 'output_datasets');
    const jsonl = fs.existsSync(out) ? fs.readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith('.jsonl')) : [];
    expect(jsonl).toEqual([]);
  });
});

describe('before reading any file', () => {
  it('names the missing key first (menu advice, no CLI flags), and a key then put in .env works on retry', async () => {
    const dir = makeWorkspace({ shippedSamples: true, config: 'mode: create\ndataset_size: 10\nsystem:\n  concurrency: 1\n' });
    const ui = (paid.ui = await drive(<App cwd={dir} />));
    await openMenuEntry(ui, 1);
    await ui.waitFor('files included');
    await ui.press(KEY.enter);
    const failed = flat(await ui.waitFor('Generate dataset › Failed', 60_000));
    expect(failed).toContain('OPENAI_API_KEY is not set');
    expect(failed).toContain('Configure dataset');
    expect(failed).not.toMatch(/--[a-z]/);
    expect(datasetCount(dir)).toBe(0); // stopped before a dataset (or any reading) began
    fs.writeFileSync(path.join(dir, '.env'), `OPENAI_API_KEY=${TEST_KEYS.openai}\nOPENAI_BASE_URL=${paid.server.baseURL}\n`);
    expect(failed).toContain('Try again');
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 10 samples/);
    // the process forgets what it took from this folder's .env, as the next run in another folder would
    fs.rmSync(path.join(dir, '.env'));
    loadDotEnv(path.join(dir, '.env'), process.env, { reread: true });
  });

  it('free mode with empty instructions and no prompt file asks for them instead of failing after the cost question', async () => {
    paid.use();
    const dir = makeWorkspace({ shippedSamples: true, config: 'mode: free\ndataset_size: 5\nsplit:\n  enabled: false\n' });
    const ui = (paid.ui = await drive(<App cwd={dir} />));
    await openMenuEntry(ui, 1);
    await ui.waitFor('files included');
    await ui.press(KEY.enter);
    await ui.waitFor('Instructions:');
    const before = paid.server.requests.length;
    await ui.press(KEY.enter);
    const asked = flat(await ui.waitFor('no prompts/free_mode/prompt.txt'));
    expect(asked).toContain('Instructions:');
    expect(asked).not.toContain('Start the run');
    expect(paid.server.requests.length).toBe(before);
    expect(datasetCount(dir)).toBe(0);
  });

  it('free mode with empty instructions uses the folder\'s prompt file', async () => {
    paid.use();
    const dir = makeWorkspace({ shippedSamples: true, config: 'mode: free\ndataset_size: 5\nsplit:\n  enabled: false\n' });
    fs.mkdirSync(path.join(dir, 'prompts', 'free_mode'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'prompts', 'free_mode', 'prompt.txt'), 'Write polite questions about invoices.');
    const ui = (paid.ui = await drive(<App cwd={dir} />));
    await openMenuEntry(ui, 1);
    await ui.waitFor('files included');
    await ui.press(KEY.enter);
    await ui.waitFor('empty = use prompts/free_mode/prompt.txt');
    const before = paid.server.requests.length;
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 5 samples/);
    const sent = paid.server.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => `${r.system}\n${r.user}`.includes('Write polite questions about invoices.'))).toBe(true);
  });
});

describe('a cancelled dataset', () => {
  it('shows its stored count, says it is not validated, and Export warns and asks', async () => {
    paid.use();
    const config = 'mode: create\ndataset_size: 12\nagent:\n  create:\n    samples_per_chunk: 2\nsystem:\n  concurrency: 1\n';
    const ui = (paid.ui = await drive(<App cwd={makeWorkspace({ shippedSamples: true, config })} />));
    await openMenuEntry(ui, 1);
    await ui.waitFor('files included');
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    await ui.waitFor(/Samples [1-9]\d*\/12/, 60_000);
    await ui.press(KEY.escape);
    const kept = Number(/Cancelled\. (\d+) sample\(s\) kept/.exec(await ui.waitFor('Resume now', 60_000))?.[1]);
    expect(kept).toBeGreaterThan(0);
    await ui.press(KEY.down);
    await ui.press(KEY.enter); // Back to the main menu

    await openMenuEntry(ui, 3); // View dataset statistics
    await ui.waitFor('Which dataset?');
    await ui.press(KEY.enter);
    const stats = flat(await ui.waitFor(`${kept} samples:`));
    expect(stats).toContain('Not validated: the run is cancelled');
    await ui.press(KEY.left); // the Validation page
    const validation = flat(await ui.waitFor('No validation results yet.'));
    expect(validation).not.toContain('Every example passes');
    await ui.press(KEY.escape, 2);

    await openMenuEntry(ui, 4); // Export
    await ui.waitFor('Which dataset?');
    await ui.press(KEY.enter);
    const asked = flat(await ui.waitFor('anyway'));
    expect(asked).toMatch(new RegExp(`ds-[0-9a-f]{8} is cancelled \\(${kept} of 12, \\$0\\.\\d{4} spent\\) and was never validated`));
    expect(asked).toMatch(/❯ Pick another dataset/);
  });
});
