// Issue 14 in a real terminal: a paid run against a local OpenAI-protocol server, q pressed during
// it (it cancels, the app stays), q again to quit (the exit names what was kept and how to go on),
// then a restart where the cancelled dataset's statistics say it is not validated and Export warns,
// a resume from Generate to its full size, a sample edited in review, and an export holding the edit.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
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

const flat = (screen: string) => screen.replace(/\s+/g, ' ');

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
    term.send('Down', 'Down', 'Down', 'Enter'); // View dataset statistics
    await term.waitFor('Which dataset?');
    term.send('Enter');
    expect(flat(await term.waitFor(`${kept} samples:`))).toContain('Not validated: the run is cancelled');
    term.send('Escape'); // two Escapes in one write would read as one Alt-Escape: one at a time
    await term.waitFor('Which dataset?');
    term.send('Escape');
    await term.waitFor(/❯ Configure dataset/);
    term.send('Down', 'Down', 'Down', 'Down', 'Enter'); // Export
    await term.waitFor('Which dataset?');
    term.send('Enter');
    const warned = flat(await term.waitFor('anyway'));
    expect(warned).toMatch(new RegExp(`ds-[0-9a-f]{8} is cancelled \\(${kept} of 12, \\$0\\.\\d{4} spent\\) and was never validated`));
    expect(warned).toMatch(/❯ Pick another dataset/);
    term.send('Escape');
    await term.waitFor(/❯ Configure dataset/);
    term.send('Down', 'Enter'); // Generate dataset
    const offer = await term.waitFor('Start a new run');
    expect(offer).toMatch(new RegExp(`Resume my_dataset \\(${kept} of 12, \\$0\\.\\d{4} spent\\)`));
    term.send('Enter');
    expect(await term.waitFor('Continue: split and review', 60_000)).toMatch(/"my_dataset": 12 samples/);

    // Review: read a sample, edit its answer in place, then export: the JSONL has the edit.
    term.send('Enter');
    await term.waitFor(/❯ Split and review\s+← next/);
    term.send('Enter');
    await term.waitFor('Browse samples');
    term.send('Down', 'Down', 'Enter'); // Browse samples
    await term.waitFor(/train \(\d+\)/);
    term.send('Enter');
    const sampleId = /([a-z]-[0-9a-f]+) · /.exec(await term.waitFor(/[a-z]-[0-9a-f]+ · /))![1];
    term.send('e');
    await term.waitFor('Which turn');
    term.send('Down', 'Enter'); // the assistant's answer
    await term.waitFor('Editing assistant');
    term.send('End', ' EDITED-IN-TMUX', 'Enter');
    expect(flat(await term.waitFor('Edit saved'))).toMatch(/Edit saved: \d+ → \d+ tokens/);
    term.send('Escape'); // reader → list, where the edited sample is marked
    await term.waitFor('❯ ✎ ');
    term.send('Escape'); // list → the split question
    await term.waitFor('Browse samples');
    term.send('Escape'); // → main menu
    expect(flat(await term.waitFor('Main menu'))).toContain('were moved, excluded or edited: Export again to update the files.');
    term.send('Down', 'Down', 'Enter'); // Export (Split and review is still the next step)
    await term.waitFor(/❯ Export ds-[0-9a-f]{8} \(JSONL/);
    term.send('Enter');
    await term.waitFor('Back to the main menu');
    const out = path.join(dir, 'output_datasets', 'my_dataset');
    const lines = fs.readdirSync(out).filter((f) => f.endsWith('.jsonl')).flatMap((f) => fs.readFileSync(path.join(out, f), 'utf8').trim().split('\n'));
    expect(lines).toHaveLength(12);
    const edited = lines.filter((line) => line.includes(' EDITED-IN-TMUX'));
    expect(edited).toHaveLength(1);
    expect(JSON.parse(edited[0]).messages.at(-1).content).toMatch(/ EDITED-IN-TMUX$/);
    // the edit is stored on the sample that was read, as an edit (the text as read kept for undo)
    const db = new Database(path.join(dir, 'memory', 'dataset_builder.db'), { readonly: true });
    const row = db.prepare('SELECT content, original_content, edited_at FROM samples WHERE id = ?').get(sampleId) as Record<string, string | null>;
    db.close();
    expect(JSON.parse(row.content!).turns.at(-1).content).toMatch(/ EDITED-IN-TMUX$/);
    expect(row.original_content).not.toContain('EDITED-IN-TMUX');
    expect(row.edited_at).not.toBeNull();
  });
});
