// Nothing the walk or a reader leaves out may go unreported: hidden and system names, FIFOs, unreadable
// sub-folders, malformed JSONL lines and a CSV cut short by an unclosed quote all reach the skip list
// (the CSV and JSONL as partly_read, with the rows before the fault kept). The CSV and JSONL are real
// public files (TruthfulQA, GSM8K) that the test damages itself.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles, listInputFiles } from '../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { tempFolder } from './helpers/input.js';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures');
const lines = (file: string): string[] => fs.readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');

describe('names the walk does not read', () => {
  const folder = tempFolder();
  folder.write('notes.txt', 'Plain notes.');
  folder.write('..dots.txt', 'Two leading dots is an ordinary name.');
  folder.write('.hidden.txt', 'secret');
  folder.write('.git/config', '[core]');
  execFileSync('mkfifo', [path.join(folder.dir, 'pipe.txt')]);

  it('reads ..dots.txt, reports hidden files and folders once each, and never opens a FIFO', async () => {
    const files = await listInputFiles(folder.dir);
    expect(files.filter((f) => f.skip).map((f) => [f.relPath, f.skip?.kind])).toEqual([
      ['.git/', 'hidden'],
      ['.hidden.txt', 'hidden'],
      ['pipe.txt', 'not_a_file'],
    ]);
    const result = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
    expect(result.documents.map((d) => d.file)).toEqual(['..dots.txt', 'notes.txt']);
    expect(result.documents[0].sections[0].text).toBe('Two leading dots is an ordinary name.');
    expect(result.skipped.find((s) => s.file === 'pipe.txt')?.reason).toMatch(/named pipe/);
  }, 20_000);
});

describe('an unreadable sub-folder', () => {
  it('is reported as unreadable and the rest of the folder is read', () => {
    const folder = tempFolder();
    folder.write('open/readme.txt', 'Readable.');
    folder.write('locked/inside.txt', 'Never seen.');
    fs.chmodSync(folder.dir, 0o755);
    fs.chmodSync(path.join(folder.dir, 'open'), 0o755);
    fs.chmodSync(path.join(folder.dir, 'open/readme.txt'), 0o644);
    fs.chmodSync(path.join(folder.dir, 'locked'), 0o000);
    // root reads every folder: walk as the unprivileged "nobody" user instead.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const script = `
      import { listInputFiles } from './src/core/ingest/folder.ts';
      const files = await listInputFiles(process.argv[1]);
      console.log(JSON.stringify(files.map((f) => [f.relPath, f.skip?.kind ?? null, f.skip?.reason ?? null])));`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, folder.dir], {
      cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000, ...asNobody, env: { ...process.env, HOME: folder.dir },
    });
    fs.chmodSync(path.join(folder.dir, 'locked'), 0o755);
    expect(child.status, child.stderr).toBe(0);
    const listed = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as [string, string | null, string | null][];
    expect(listed.map(([rel, kind]) => [rel, kind])).toEqual([
      ['locked/', 'unreadable'],
      ['open/readme.txt', null],
    ]);
    expect(listed[0][2]).toMatch(/EACCES/);
  }, 60_000);
});

describe('files read in part', () => {
  const folder = tempFolder();

  it('JSONL: malformed lines are counted and the good lines kept', async () => {
    // The first 30 GSM8K problems; lines 10 and 25 cut in half (a truncated write).
    const gsm = lines('corpus/jsonl/gsm8k_test.jsonl').slice(0, 30);
    gsm[9] = gsm[9].slice(0, 60);
    gsm[24] = gsm[24].slice(0, 40);
    folder.write('gsm8k.jsonl', `${gsm.join('\n')}\n`);
    const result = await ingestFiles(await listInputFiles(folder.dir), { limits: DEFAULT_INGEST_LIMITS });
    expect(result.documents[0].conversations).toHaveLength(28);
    expect(result.skipped).toEqual([
      expect.objectContaining({ file: 'gsm8k.jsonl', kind: 'partly_read', count: 2, line: 10, hint: expect.any(String) }),
    ]);
    expect(result.skipped[0].reason).toMatch(/2 line\(s\) are not valid JSON.*line 10.*28 line\(s\) were read/);
    fs.rmSync(path.join(folder.dir, 'gsm8k.jsonl'));
  });

  it('CSV: a quote never closed keeps the rows before it and names its line', async () => {
    // TruthfulQA header + 37 questions; line 35 opens a quote that nothing after it closes.
    const rows = lines('reliability/truthfulqa-head.csv').slice(0, 38);
    rows[34] = rows[34].replace('Conspiracies,What is the purpose', 'Conspiracies,"What is the purpose');
    folder.write('truthfulqa.csv', `${rows.join('\n')}\n`);
    const result = await ingestFiles(await listInputFiles(folder.dir), { limits: DEFAULT_INGEST_LIMITS });
    const [table] = result.documents[0].tables;
    expect(table.rows).toHaveLength(33);
    expect(table.rows.at(-1)?.[2]).toBe('What is underneath the Denver Airport?');
    expect(result.documents[0].sections[0].text).not.toContain('Area 51');
    expect(result.skipped).toEqual([expect.objectContaining({ file: 'truthfulqa.csv', kind: 'partly_read', count: 4, line: 35 })]);
    expect(result.skipped[0].reason).toMatch(/^line 35: a quote .* never closed; the 34 row\(s\) before it were read/);
  });
});
