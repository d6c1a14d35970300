// Issue 14: `ftdb export` of an empty, unfinished or never validated dataset still writes its files (a
// script asked for them) but warns on stderr, says so in --json and exits 1; a finished one exits 0.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFile } from '../helpers/corpus.js';
import { tempDir } from '../helpers/tmp.js';
import { runCli, sampleWorkspace } from './cli-helpers.js';

function onlyDatasetId(cwd: string): string {
  const listed = runCli(['list', '--json'], cwd);
  return JSON.parse(listed.stdout)[0].dataset_id;
}

describe('ftdb export warns on a dataset that is not ready', () => {
  let emptyDir: string;
  let emptyId: string;
  beforeAll(() => {
    // a real PDF without any text: the run fails and leaves a dataset with no samples
    emptyDir = tempDir('ftdb-export-empty-');
    fs.mkdirSync(path.join(emptyDir, 'input_files'));
    fs.copyFileSync(corpusFile('bad/pdfjs_empty.pdf'), path.join(emptyDir, 'input_files', 'pdfjs_empty.pdf'));
    expect(runCli(['build', '--yes'], emptyDir).code).toBe(1);
    emptyId = onlyDatasetId(emptyDir);
  });

  it('an empty failed dataset: files written, the warning and the next step on stderr, exit 1', () => {
    const result = runCli(['export', emptyId], emptyDir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`Exported ${emptyId}`);
    expect(result.stderr).toContain(`warning: ${emptyId} has no samples: its exported JSONL is empty.`);
    expect(result.stderr).toContain(`ftdb resume ${emptyId}`);
    expect(fs.readFileSync(path.join(emptyDir, 'output_datasets', 'my_dataset', 'my_dataset.jsonl'), 'utf8')).toBe('');
  });

  it('--json says so in export_warning, with the same exit code and stdout holding only the JSON', () => {
    const result = runCli(['export', emptyId, '--json'], emptyDir);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(json.export_warning).toEqual({ kind: 'empty', message: `${emptyId} has no samples: its exported JSONL is empty.`, next_step: `ftdb resume ${emptyId}` });
    expect(result.stderr).toContain('warning:');
  });

  it('a finished, validated dataset exports without a warning and exits 0', () => {
    const cwd = sampleWorkspace();
    expect(runCli(['build', '--mode', 'identify', '--yes'], cwd).code).toBe(0);
    const result = runCli(['export', onlyDatasetId(cwd), '--json'], cwd);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).export_warning).toBeNull();
    expect(result.stderr).not.toContain('warning');
  });
});
