import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { App } from '../../src/ui/App.js';
import { TEST_KEYS } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { drive, KEY, type Driver } from './helpers/ink.js';
import { clearAgentEnv, isolatePreferences, makeWorkspace } from './helpers/workspace.js';

let ui: Driver | undefined;
beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});
afterEach(() => {
  ui?.unmount();
  clearAgentEnv();
});

async function openGenerate(dir: string): Promise<Driver> {
  const driver = await drive(<App cwd={dir} />);
  await driver.waitFor('samples ·');
  await driver.press(KEY.down);
  await driver.press(KEY.enter);
  await driver.waitFor('files included');
  return driver;
}

function sourcesIn(dir: string): string[] {
  const db = new Database(path.join(dir, 'memory', 'dataset_builder.db'), { readonly: true });
  try {
    return (db.prepare('SELECT DISTINCT source_file AS f FROM samples ORDER BY f').all() as { f: string }[]).map((r) => r.f);
  } finally {
    db.close();
  }
}

describe('Generate dataset (identify)', () => {
  it('reads only the files left included', async () => {
    const dir = makeWorkspace({ shippedSamples: true });
    ui = await openGenerate(dir);
    await ui.press(KEY.space); // exclude billing_questions.csv (first)
    expect(await ui.waitFor('3 of 4 files included')).toMatch(/\[ \] billing_questions\.csv\s+csv/);
    await ui.press(KEY.enter);
    const done = await ui.waitFor('Continue: split and review', 60_000);
    expect(done).not.toContain('billing_questions.csv');
    const sources = sourcesIn(dir);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources).not.toContain('billing_questions.csv');
  });

  it('says which files were skipped, why, and what to do, and builds from the rest', async () => {
    ui = await openGenerate(makeWorkspace({ shippedSamples: true, corpusFiles: ['bad/pdfjs_issue6010_1_password_abc.pdf'] }));
    await ui.press(KEY.enter);
    const done = await ui.waitFor('Continue: split and review', 60_000);
    expect(done).toContain('4 file(s) read, 1 skipped');
    expect(done).toMatch(/skipped pdfjs_issue6010_1_password_a.*encrypted/);
    expect(done).toMatch(/→ The file is password-protected/);
  });

  it('shows validation findings by rule, the offending samples, and one sample in full', async () => {
    ui = await openGenerate(makeWorkspace());
    await ui.press(KEY.enter);
    await ui.waitFor('See validation findings', 60_000);
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    const rules = await ui.waitFor('Validation findings');
    expect(rules).toMatch(/too_few_examples\s+1 × error/);
    await ui.press(KEY.down); // missing_system_message (warnings on each sample)
    await ui.press(KEY.enter);
    expect(await ui.waitFor('reset my password')).toContain('user: How do I reset my password?');
    await ui.press(KEY.enter);
    const detail = await ui.waitFor('assistant:');
    expect(detail).toContain('support_faq.txt');
    expect(detail).toContain('Open Settings, choose Security');
    await ui.press(KEY.escape, 3);
    expect(await ui.waitFor('Continue: split and review')).toContain('Files written:');
  });

  it('says what to do with an empty input folder', async () => {
    const dir = makeWorkspace();
    fs.rmSync(path.join(dir, 'input_files', 'support_faq.txt'));
    const driver = await drive(<App cwd={dir} />);
    ui = driver;
    await driver.waitFor('samples ·');
    await driver.press(KEY.down);
    await driver.press(KEY.enter);
    expect(await driver.waitFor('No input files in input_files/.')).toContain('Put PDF, DOCX');
  });
});

describe('Generate dataset (paid modes, local OpenAI-protocol server)', () => {
  let server: ScriptedServer;
  beforeAll(async () => {
    server = await startScriptedServer('openai', writer(), { latencyMs: 150 });
  });
  afterAll(() => server.close());

  const paidWorkspace = (extra = '') =>
    makeWorkspace({ shippedSamples: true, config: `mode: create\ndataset_size: 10\nsystem:\n  concurrency: 1\n${extra}` });
  const useServer = () => {
    process.env.OPENAI_API_KEY = TEST_KEYS.openai;
    process.env.OPENAI_BASE_URL = server.baseURL;
  };

  it('shows the estimate before spending anything, then runs once accepted', async () => {
    useServer();
    const dir = paidWorkspace();
    ui = await openGenerate(dir);
    const before = server.requests.length;
    await ui.press(KEY.enter);
    const question = await ui.waitFor('Start the run', 60_000);
    expect(question).toMatch(/Estimate: \d+ call\(s\) to openai\/gpt-4o-mini, about \$\d/);
    expect(server.requests.length).toBe(before);
    await ui.press(KEY.enter);
    const done = await ui.waitFor('Continue: split and review', 60_000);
    expect(done).toMatch(/"my_dataset": 10 samples/);
    expect(done).toMatch(/agent cost \$\d/);
    expect(server.requests.length).toBeGreaterThan(before);
  });

  it('hybrid mode keeps the conversations found in the documents and generates the rest', async () => {
    useServer();
    const dir = makeWorkspace({ shippedSamples: true, config: 'mode: hybrid\ndataset_size: 20\nsystem:\n  concurrency: 1\n' });
    ui = await openGenerate(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 20 samples/);
    const db = new Database(path.join(dir, 'memory', 'dataset_builder.db'), { readonly: true });
    const origins = db.prepare('SELECT origin, COUNT(*) AS n FROM samples GROUP BY origin ORDER BY origin').all();
    db.close();
    expect(origins).toEqual([
      { origin: 'generated', n: 10 },
      { origin: 'identified', n: 10 },
    ]);
  });

  it('free mode sends the instructions typed in the menu', async () => {
    useServer();
    ui = await openGenerate(makeWorkspace({ shippedSamples: true, config: 'mode: free\ndataset_size: 5\nsplit:\n  enabled: false\n' }));
    await ui.press(KEY.enter);
    await ui.waitFor('Instructions:');
    await ui.type('Write angry customer questions.');
    const before = server.requests.length;
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 5 samples/);
    const sent = server.requests.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => `${r.system}\n${r.user}`.includes('Write angry customer questions.'))).toBe(true);
  });

  it('Esc cancels a running generation, keeps what was accepted, and resumes to the full size', async () => {
    useServer();
    const dir = makeWorkspace({ shippedSamples: true, config: 'mode: create\ndataset_size: 12\nagent:\n  create:\n    samples_per_chunk: 2\nsystem:\n  concurrency: 1\n' });
    ui = await openGenerate(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    await ui.waitFor(/Samples [1-9]\d*\/12/, 60_000);
    await ui.press(KEY.escape);
    const cancelled = await ui.waitFor('Resume now', 60_000);
    const kept = Number(/Cancelled\. (\d+) sample\(s\) kept in ds-/.exec(cancelled)?.[1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(12);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 12 samples/);
  });

  it('asks at the budget cap and stops there when told to', async () => {
    useServer();
    const dir = paidWorkspace('  max_cost: 0.0002\n');
    ui = await openGenerate(dir);
    await ui.press(KEY.enter);
    await ui.waitFor('Start the run', 60_000);
    await ui.press(KEY.enter);
    expect(await ui.waitFor('Stop here (keep what was accepted)', 60_000)).toMatch(/the budget of \$0\.0002 \(system\.max_cost\) is reached/);
    const calls = server.requests.length;
    await ui.press(KEY.enter);
    const outcome = await ui.waitFor('Generate dataset › Done', 60_000);
    expect(outcome).toMatch(/"my_dataset": [1-9] samples/);
    expect(server.requests.length).toBe(calls);
  });
});
