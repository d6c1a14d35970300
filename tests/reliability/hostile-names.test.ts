// File names with ESC, CR or LF reach the terminal escaped (no escape-sequence injection, no forged
// lines), and cutting a name to 80 characters never splits a surrogate pair.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutText, displayName } from '../../src/core/text/display-name.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';

describe('hostile file names', () => {
  it('are printed escaped by ftdb build', () => {
    const cwd = sampleWorkspace();
    const faq = fs.readFileSync(path.join(cwd, 'input_files', 'nimbus_thermostat_faq.md'));
    fs.writeFileSync(path.join(cwd, 'input_files', 'clear\u001b[2J.md'), faq);
    fs.writeFileSync(path.join(cwd, 'input_files', 'two\nlines\r.txt'), '');
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--yes'], cwd);
    expect(result.code, result.stderr).toBe(0);
    const out = result.stdout + result.stderr;
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\r');
    expect(result.stderr).toContain('read clear\\e[2J.md');
    expect(out).toContain('two\\nlines\\r.txt');
  }, 60_000);

  it('cut at 80 characters keeps surrogate pairs whole', () => {
    const name = `${'a'.repeat(78)}😀😀.txt`; // the first emoji's pair sits at units 78–79
    const cut = cutText(name, 80);
    expect(cut).toBe(`${'a'.repeat(78)}…`);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(displayName(`${'b'.repeat(77)}😀😀😀`))).toBe(false);
    expect(displayName('ok.md')).toBe('ok.md');
  });
});
