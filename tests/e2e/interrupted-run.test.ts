// Issue 14 in a real terminal: a paid run against a local OpenAI-protocol server, q pressed during
// it (it cancels, the app stays), q again to quit (the exit names what was kept and how to go on),
// then a restart that resumes the dataset from Generate to its full size.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';
import { envFor } from '../servers/env.js';
import { startScriptedServer, type ScriptedServer } from '../servers/scripted-server.js';
import { writer } from '../servers/writer.js';
import { openTerminal, type Terminal } from './helpers/tmux.js';

let cli: string;
let server: ScriptedServer;
let term: Terminal | undefined;
beforeAll(async () => {
  cli = buildCli();
  server = await startScriptedServer('openai', writer(), { latencyMs: 200 });
});
afterEach(() => term?.close());
afterAll(() => server.close());

const CONFIG = 'mode: create\ndataset_size: 12\nagent:\n  create:\n    samples_per_chunk: 2\nsystem:\n  concurrency: 1\n';

describe('an interrupted paid run in the terminal', () => {
  it('q cancels instead of killing, the exit says what was kept, and a restart resumes it from the menu', async () => {
    const dir = tempDir('ftdb-e2e-');
    fs.cpSync(path.join(REPO_ROOT, 'input_files'), path.join(dir, 'input_files'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'config.yaml'), CONFIG);
    const env = { FTDB_PREFS_DIR: path.join(dir, '.prefs'), ...envFor(server) };

    term = openTerminal([process.execPath, cli], { cwd: dir, env, columns: 80, rows: 24 });
    await term.waitFor('12 samples');
    term.send('Down', 'Enter'); // Generate dataset
    await term.waitFor('files included');
    term.send('Enter');
    await term.waitFor('Start the run', 60_000);
    term.send('Enter');
    await term.waitFor(/Samples [1-9]\d*\/12/, 60_000);
    term.send('q');
    const cancelled = await term.waitFor('Resume now', 60_000);
    const kept = Number(/Cancelled\. (\d+) sample\(s\) kept in ds-/.exec(cancelled)?.[1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(12);
    term.send('q'); // on the Cancelled screen q quits
    const exited = (await term.waitFor('[exited with 0]', 30_000)).replace(/\s+/g, ' ');
    expect(exited).toMatch(new RegExp(`dataset ds-[0-9a-f]{8} "my_dataset" cancelled: ${kept} of 12, \\$0\\.\\d{4} spent`));
    expect(exited).toContain('Generate dataset › Resume');
    term.close();

    term = openTerminal([process.execPath, cli], { cwd: dir, env, columns: 80, rows: 24 });
    await term.waitFor('12 samples');
    term.send('Down', 'Enter');
    const offer = await term.waitFor('Start a new run');
    expect(offer).toMatch(new RegExp(`Resume my_dataset \\(${kept} of 12, \\$0\\.\\d{4} spent\\)`));
    term.send('Enter');
    expect(await term.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 12 samples/);
  });
});
