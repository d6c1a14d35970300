// The built CLI (dist/cli.js starting dist/parse-worker.js) holds the per-file time budget from
// config.yaml: a 60 MB CSV of real TruthfulQA rows that csv-parse needs seconds for is skipped as
// timeout in --json, and the build goes on with the workspace's other real files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { REPO_ROOT } from '../helpers/build-cli.js';

describe('the built CLI and the parser worker', () => {
  it('skips a file past ingest.file_timeout_seconds as timeout and builds from the rest', () => {
    const cwd = sampleWorkspace();
    const lines = fs.readFileSync(path.join(REPO_ROOT, 'tests/fixtures/corpus/csv/TruthfulQA.csv'), 'utf8').trimEnd().split('\n');
    const body = `${lines.slice(1).join('\n')}\n`;
    const out = fs.openSync(path.join(cwd, 'input_files', 'truthfulqa-big.csv'), 'w');
    fs.writeSync(out, `${lines[0]}\n`);
    for (let written = 0; written < 60 * 1000 * 1000; written += body.length) fs.writeSync(out, body);
    fs.closeSync(out);
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'ingest:\n  file_timeout_seconds: 2\n');
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--yes', '--quiet', '--json'], cwd);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.skipped).toEqual([expect.objectContaining({ file: 'truthfulqa-big.csv', kind: 'timeout', reason: expect.stringContaining('2 s budget') })]);
    expect(summary.files_read).toBe(4);
    expect(summary.samples).toBeGreaterThan(0);
  }, 180_000);
});
