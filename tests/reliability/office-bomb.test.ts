// Office packages whose central directory lies about sizes: a real workbook (SheetJS's Attendance.xlsx)
// whose sheet part claims 4 KB and inflates to 1 GiB of rows (before the guard SheetJS ground through
// it for 160 s against a 120 s budget), and a real Word file (mammoth's tables.docx) whose document
// part inflates to 64 MiB while claiming its original size. Read in a child process, each is skipped
// as zip_bomb well inside the time budget, with the child's peak RSS under a ceiling.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';
import { lyingPackage } from './lying-zip.js';

const CORPUS = path.join(REPO_ROOT, 'tests/fixtures/corpus');
const BUDGET_MS = 30_000;
const RSS_CEILING_MB = 400;

function* repeated(head: string, block: string, blocks: number, tail: string): Generator<Buffer> {
  yield Buffer.from(head);
  const chunk = Buffer.from(block.repeat(Math.ceil((1024 * 1024) / block.length)));
  for (let i = 0; i < blocks; i++) yield chunk;
  yield Buffer.from(tail);
}

function readInChild(file: string): { kind?: string; message?: string; ms: number; maxRssMb: number } {
  const script = `
    import { readDocument } from './src/core/ingest/read-document.ts';
    import { DEFAULT_INGEST_LIMITS } from './src/core/ingest/limits.ts';
    import { formatFromPath } from './src/core/ingest/formats.ts';
    import fs from 'node:fs';
    const file = process.argv[1];
    const input = { path: file, relPath: file, bytes: fs.statSync(file).size, format: formatFromPath(file) };
    const started = performance.now();
    let out = {};
    try { await readDocument(input, { ...DEFAULT_INGEST_LIMITS, fileTimeoutMs: ${BUDGET_MS} }); }
    catch (error) { out = { kind: error.kind ?? String(error), message: error.message }; }
    console.log(JSON.stringify({ ...out, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

describe('Office packages that lie about their sizes', () => {
  it('a workbook whose 4 KB sheet inflates to 1 GiB is skipped as zip_bomb inside the budget', async () => {
    const row = '<row><c t="inlineStr"><is><t>Berlinda Fong, present</t></is></c></row>';
    const sheet = repeated('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', row, 1024, '</sheetData></worksheet>');
    const bomb = await lyingPackage(fs.readFileSync(path.join(CORPUS, 'xlsx/sheetjs_Attendance.xlsx')), 'xl/worksheets/sheet1.xml', sheet, 4096);
    expect(bomb.length).toBeLessThan(8 * 1024 * 1024);
    const file = path.join(tempDir(), 'attendance.xlsx');
    fs.writeFileSync(file, bomb);
    const result = readInChild(file);
    expect(result.kind, result.message).toBe('zip_bomb');
    expect(result.message).toContain('xl/worksheets/sheet1.xml');
    console.log(`lying xlsx: ${Math.round(result.ms)} ms, peak RSS ${Math.round(result.maxRssMb)} MB`);
    expect(result.ms).toBeLessThan(BUDGET_MS);
    expect(result.maxRssMb).toBeLessThan(RSS_CEILING_MB);
  }, 180_000);

  it('a Word file whose document part inflates to 64 MiB past its claim is skipped as zip_bomb', async () => {
    const real = fs.readFileSync(path.join(CORPUS, 'docx/mammoth_tables.docx'));
    const paragraph = '<w:p><w:r><w:t>Row of a table that never ends.</w:t></w:r></w:p>';
    const body = repeated('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>', paragraph, 64, '</w:body></w:document>');
    const file = path.join(tempDir(), 'tables.docx');
    fs.writeFileSync(file, await lyingPackage(real, 'word/document.xml', body, 2048));
    const result = readInChild(file);
    expect(result.kind, result.message).toBe('zip_bomb');
    expect(result.maxRssMb).toBeLessThan(RSS_CEILING_MB);
  }, 120_000);

  it('the same real packages, rewritten honestly by the same writer, still read', async () => {
    const real = fs.readFileSync(path.join(CORPUS, 'xlsx/sheetjs_Attendance.xlsx'));
    const { unzipSync } = await import('fflate');
    const sheet = Buffer.from(unzipSync(real)['xl/worksheets/sheet1.xml']);
    const file = path.join(tempDir(), 'honest.xlsx');
    fs.writeFileSync(file, await lyingPackage(real, 'xl/worksheets/sheet1.xml', [sheet], sheet.length));
    expect(readInChild(file).kind).toBeUndefined();
  }, 60_000);
});
