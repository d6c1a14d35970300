// The menu in a real terminal (tmux) follows the CLI conventions: NO_COLOR turns colours off, and
// Ctrl-C quits with exit code 130 like any interrupted program.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';
import { openTerminal, type Terminal } from './helpers/tmux.js';

let cli: string;
let term: Terminal | undefined;
beforeAll(() => {
  cli = buildCli();
});
afterEach(() => term?.close());

// SGR colour codes: 30-37/90-97 foreground, 38;5;N / 38;2;R;G;B, and the same for backgrounds.
// eslint-disable-next-line no-control-regex -- the escape character is what a colour code starts with
const COLOUR = /\x1b\[[\d;]*(?:3[0-8]|9[0-7]|4[0-8]|10[0-7])(?:;[\d;]*)?m/;

function open(env: NodeJS.ProcessEnv): Terminal {
  const dir = tempDir('ftdb-e2e-');
  fs.cpSync(path.join(REPO_ROOT, 'input_files'), path.join(dir, 'input_files'), { recursive: true });
  term = openTerminal([process.execPath, cli], { cwd: dir, env: { FTDB_PREFS_DIR: path.join(dir, '.prefs'), NO_COLOR: '', FORCE_COLOR: '', ...env } });
  return term;
}

describe('the menu and the terminal conventions', () => {
  it('shows colours by default (so the NO_COLOR check below can fail)', async () => {
    const t = open({});
    await t.waitFor(/Configure dataset\s+← next/);
    expect(t.screenWithEscapes()).toMatch(COLOUR);
  });

  it('NO_COLOR=1: no colour codes on the screen', async () => {
    const t = open({ NO_COLOR: '1' });
    await t.waitFor(/Configure dataset\s+← next/);
    expect(t.screenWithEscapes()).not.toMatch(COLOUR);
  });

  it('Ctrl-C in the menu exits 130', async () => {
    const t = open({});
    await t.waitFor(/Configure dataset\s+← next/);
    t.send('C-c');
    await t.waitFor('[exited with 130]');
  });

  it('q still quits with 0', async () => {
    const t = open({});
    await t.waitFor(/Configure dataset\s+← next/);
    t.send('q');
    await t.waitFor('[exited with 0]');
  });
});
