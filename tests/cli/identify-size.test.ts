// Identify keeps every conversation it finds unless the user sets a size; a size spreads the kept
// samples over the source files in proportion and says so per file (issue 12). The documents of
// tests/fixtures/identify-real and tests/fixtures/identify together hold more than 100 samples.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { runCli } from './cli-helpers.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');

function workspace(): string {
  const dir = tempDir('ftdb-size-');
  for (const sub of ['identify-real/docs', 'identify-real/converted', 'identify']) {
    fs.cpSync(path.join(FIXTURES, sub), path.join(dir, 'input_files', sub), { recursive: true });
  }
  return dir;
}

describe('identify size', () => {
  it('keeps all it finds without a size, even above the default dataset_size of 100', () => {
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--yes', '--json'], workspace());
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).samples).toBeGreaterThan(100);
    expect(result.stderr).not.toContain('keeping');
  }, 120_000);

  it('with --size keeps that many, every file represented, and lists kept-of-found per file', () => {
    const cwd = workspace();
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--size', '40', '--yes', '--json'], cwd);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).samples).toBe(40);
    expect(result.stderr).toMatch(/keeping 40 \(max_samples \/ --size\), spread over the files: /);
    expect(result.stderr).toMatch(/identify-real\/docs\/SquidFaq-AboutSquid\.txt \d+ of 14/);
    const csv = fs.readFileSync(JSON.parse(result.stdout).files.csv, 'utf8');
    for (const file of ['identify-real/docs/llama-chat.txt', 'identify-real/docs/lpc-readme-faq.md', 'identify/qa-table.csv']) expect(csv).toContain(file);
    expect(result.stderr).not.toContain('more file(s)');
  }, 120_000);
});
