// A generated 1 MB PDF whose one FlateDecode content stream inflates to 1 GiB (before the guard:
// 2.26 GB peak RSS). Read in a child process, it is skipped as zip_bomb and the child's peak RSS stays
// under a ceiling; a real PDF next to it still reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';

const INFLATED = 1024 * 1024 * 1024;
const RSS_CEILING_MB = 600; // against 2.26 GB before the guard

/** zlib-compressed zeros, streamed through node:zlib, so the test never holds the inflated GiB itself. */
async function compressedZeros(bytes: number): Promise<Buffer> {
  const block = Buffer.alloc(1024 * 1024);
  const parts: Buffer[] = [];
  const deflate = zlib.createDeflate({ level: 9 });
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const finished = new Promise((resolve) => deflate.on('end', resolve));
  await pipeline(Readable.from((function* () { for (let done = 0; done < bytes; done += block.length) yield block; })()), deflate);
  await finished;
  return Buffer.concat(parts);
}

async function bombPdf(): Promise<Buffer> {
  const stream = await compressedZeros(INFLATED);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  const offsets: number[] = [];
  let size = chunks[0].length;
  const add = (b: Buffer) => {
    chunks.push(b);
    size += b.length;
  };
  objects.forEach((body, i) => {
    offsets.push(size);
    add(Buffer.from(`${i + 1} 0 obj\n${body}\nendobj\n`));
  });
  offsets.push(size);
  add(Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`));
  add(stream);
  add(Buffer.from('\nendstream\nendobj\n'));
  const xref = size;
  add(Buffer.from(`xref\n0 5\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`));
  add(Buffer.from(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

function readInChild(file: string): { kind?: string; text?: string; maxRssMb: number } {
  const script = `
    import { readDocument } from './src/core/ingest/read-document.ts';
    import { DEFAULT_INGEST_LIMITS } from './src/core/ingest/limits.ts';
    import fs from 'node:fs';
    const file = process.argv[1];
    const input = { path: file, relPath: 'x.pdf', bytes: fs.statSync(file).size, format: 'pdf' };
    let out = {};
    try { const doc = await readDocument(input, DEFAULT_INGEST_LIMITS); out = { text: doc.sections.map((s) => s.text).join('\\n').slice(0, 200) }; }
    catch (error) { out = { kind: error.kind ?? String(error) }; }
    console.log(JSON.stringify({ ...out, maxRssMb: process.resourceUsage().maxRSS / 1024 }));`;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

describe('inflate-bomb PDF', () => {
  it('is skipped as zip_bomb with the reader staying under the memory ceiling', async () => {
    const file = path.join(tempDir(), 'bomb.pdf');
    const pdf = await bombPdf();
    expect(pdf.length).toBeLessThan(2 * 1024 * 1024);
    fs.writeFileSync(file, pdf);
    const result = readInChild(file);
    expect(result.kind).toBe('zip_bomb');
    console.log(`bomb reader peak RSS: ${Math.round(result.maxRssMb)} MB`);
    expect(result.maxRssMb).toBeLessThan(RSS_CEILING_MB);
  }, 180_000);

  it('a real PDF still reads through the guard', () => {
    const file = path.join(tempDir(), 'handbook.pdf');
    fs.copyFileSync(path.join(REPO_ROOT, 'tests/fixtures/ingest/qa_handbook.pdf'), file);
    const result = readInChild(file);
    expect(result.kind).toBeUndefined();
    expect(result.text?.length).toBeGreaterThan(20);
  }, 60_000);
});
