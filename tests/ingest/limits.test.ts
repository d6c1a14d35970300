import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS, ingestLimitsFromConfig } from '../../src/core/ingest/limits.js';
import { readZipDirectory } from '../../src/core/ingest/zip-directory.js';
import { defaultConfig } from '../../src/core/config/schema.js';
import { allText, failureKind, read, tempFolder } from './helpers/input.js';
import { buildDocx, zip } from './helpers/ooxml-writer.js';
import { buildPdf } from './helpers/pdf-writer.js';

/** Rewrites every central-directory entry's uncompressed size: a package that lies about its size. */
function claimSize(bytes: Uint8Array, size: number): Uint8Array {
  const buf = Buffer.from(bytes);
  for (let at = buf.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = buf.indexOf('PK\x01\x02', at + 4, 'latin1')) {
    buf.writeUInt32LE(size, at + 24);
  }
  return new Uint8Array(buf);
}

describe('size limits', () => {
  const folder = tempFolder();
  it('refuses a file above the size limit before reading it', async () => {
    const file = folder.write('big.txt', 'x'.repeat(2048));
    const failure = await failureKind(file, { ...DEFAULT_INGEST_LIMITS, maxFileBytes: 1024 });
    expect(failure).toMatchObject({ kind: 'too_large' });
    expect(failure.message).toMatch(/2\.0 KB.*1\.0 KB/);
  });

  it('takes its defaults from config.yaml', () => {
    const limits = ingestLimitsFromConfig(defaultConfig().ingest);
    expect(limits.maxFileBytes).toBe(200 * 1024 * 1024);
    expect(limits.fileTimeoutMs).toBe(defaultConfig().ingest.file_timeout_seconds * 1000);
  });
});

describe('zip-bomb guard (checked from the central directory before inflating)', () => {
  const folder = tempFolder();
  const docx = buildDocx([{ text: 'Harmless text.' }]);

  it('reads the real package', async () => {
    expect(allText(await read(folder.write('ok.docx', docx)))).toBe('Harmless text.');
  });

  it('refuses entries that claim more than the uncompressed limit', async () => {
    const failure = await failureKind(folder.write('claims.docx', claimSize(docx, 0xfffffff0)));
    expect(failure.kind).toBe('zip_bomb');
    expect(failure.message).toMatch(/GB/);
  });

  it('refuses real highly-compressed content over the limit', async () => {
    const bomb = zip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': `<w:document>${' '.repeat(8 * 1024 * 1024)}</w:document>`,
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const failure = await failureKind(folder.write('bomb.docx', bomb), { ...DEFAULT_INGEST_LIMITS, maxUncompressedBytes: 1024 * 1024 });
    expect(failure.kind).toBe('zip_bomb');
  });

  it('refuses too many entries', async () => {
    const many = zip(Object.fromEntries([['[Content_Types].xml', '<Types/>'], ...Array.from({ length: 50 }, (_, i) => [`ppt/slides/slide${i}.xml`, '<x/>'])]));
    expect((await failureKind(folder.write('many.pptx', many), { ...DEFAULT_INGEST_LIMITS, maxZipEntries: 20 })).kind).toBe('zip_bomb');
    expect(readZipDirectory(many)).toHaveLength(51);
  });

  it('reports a truncated package as corrupt', async () => {
    expect((await failureKind(folder.write('cut.docx', docx.slice(0, docx.length - 30)))).kind).toBe('corrupt');
  });
});

describe('magic bytes against extensions', () => {
  const folder = tempFolder();
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);

  it('a renamed image is a wrong extension; an image with its own name is unsupported', async () => {
    expect(await failureKind(folder.write('scan.pdf', png))).toMatchObject({ kind: 'wrong_extension', message: expect.stringMatching(/PNG image/) });
    expect((await failureKind(folder.write('photo.png', png))).kind).toBe('unsupported');
  });

  it('a PDF named .txt is read as a PDF, with a warning', async () => {
    const doc = await read(folder.write('notes.txt', buildPdf([['Real PDF inside.']])));
    expect(doc.format).toBe('pdf');
    expect(allText(doc)).toBe('Real PDF inside.');
    expect(doc.warnings[0]).toMatch(/PDF document despite its \.txt extension/);
  });

  it('tolerates junk before a PDF header only in a .pdf file', async () => {
    const junky = Buffer.concat([Buffer.from('garbage line\n'), buildPdf([['After the junk.']])]);
    expect(allText(await read(folder.write('junky.pdf', junky)))).toBe('After the junk.');
    expect(allText(await read(folder.write('about.md', 'A PDF starts with %PDF-1.7 and a binary comment.')))).toContain('%PDF-1.7');
  });

  it('text named .pdf is corrupt; unknown extensions are unsupported', async () => {
    expect((await failureKind(folder.write('fake.pdf', 'just text'))).kind).toBe('corrupt');
    expect((await failureKind(folder.write('page.html', '<p>hi</p>'))).kind).toBe('unsupported');
  });

  it('0-byte files of every format are empty', async () => {
    for (const ext of ['pdf', 'docx', 'xlsx', 'pptx', 'csv', 'json']) {
      expect((await failureKind(folder.write(`zero.${ext}`, ''))).kind).toBe('empty');
    }
  });
});

describe('lazy loading', () => {
  const folder = tempFolder();
  folder.write('a.txt', 'Plain text.');
  folder.write('b.csv', 'q,a\n1,2\n');
  folder.write('pdf/c.pdf', buildPdf([['PDF text.']]));

  // readDocument is what the parser worker runs; ingestFiles hands every file to that worker, so the
  // main process loads no reader at all.
  it('loads pdf.js and mammoth only when such files are present', () => {
    const script = `
      import { listInputFiles, ingestFiles } from './src/core/ingest/folder.ts';
      import { readDocument } from './src/core/ingest/read-document.ts';
      import { DEFAULT_INGEST_LIMITS } from './src/core/ingest/limits.ts';
      import { createRequire } from 'node:module';
      const loaded = () => ({ pdfjs: globalThis.pdfjsLib !== undefined, mammoth: Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('/mammoth/')) });
      const files = await listInputFiles(process.argv[1]);
      const all = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
      const inWorker = { read: all.documents.length, main: loaded() };
      for (const file of files.filter((f) => f.format !== 'pdf')) await readDocument(file, DEFAULT_INGEST_LIMITS);
      const before = loaded();
      for (const file of files) await readDocument(file, DEFAULT_INGEST_LIMITS);
      process.stdout.write(JSON.stringify({ inWorker, before, after: loaded() }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, folder.dir], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      inWorker: { read: 3, main: { pdfjs: false, mammoth: false } },
      before: { pdfjs: false, mammoth: false },
      after: { pdfjs: true, mammoth: false },
    });
  });
});
