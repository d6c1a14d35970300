import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { ingestFiles, listInputFiles } from '../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import type { IngestEvent } from '../../src/core/ingest/types.js';
import { tempFolder } from './helpers/input.js';

describe('listInputFiles', () => {
  const folder = tempFolder();
  folder.write('b.txt', 'bee');
  folder.write('a.md', '# A');
  folder.write('sub/deeper/c.csv', 'q,a\n1,2\n');
  folder.write('.hidden.txt', 'secret');
  folder.write('.git/config', 'x');
  folder.write('~$lock.docx', 'lock');
  folder.write('Thumbs.db', 'x');
  folder.write('photo.png', 'x');
  const outside = tempFolder();
  const outsideFile = outside.write('elsewhere.txt', 'outside');
  symlinkSync(outsideFile, path.join(folder.dir, 'escape.txt'));
  symlinkSync(outside.dir, path.join(folder.dir, 'escape-dir'));
  symlinkSync(path.join(folder.dir, 'b.txt'), path.join(folder.dir, 'inside-link.txt'));

  it('walks recursively, sorted, with forward-slash relative paths and formats', async () => {
    const files = await listInputFiles(folder.dir);
    const readable = files.filter((f) => !f.skip);
    expect(readable.map((f) => [f.relPath, f.format])).toEqual([
      ['a.md', 'markdown'],
      ['b.txt', 'text'],
      ['photo.png', 'unknown'],
      ['sub/deeper/c.csv', 'csv'],
    ]);
    expect(readable.every((f) => path.isAbsolute(f.path))).toBe(true);
    expect(readable.find((f) => f.relPath === 'b.txt')?.bytes).toBe(3);
    const hidden = files.filter((f) => f.skip?.kind === 'hidden').map((f) => f.relPath);
    expect(hidden).toEqual(['.git/', '.hidden.txt', 'Thumbs.db', '~$lock.docx']);
  });

  it('does not follow symlinks that leave the folder, and reports them', async () => {
    const files = await listInputFiles(folder.dir);
    const skipped = files.filter((f) => f.skip && f.skip.kind !== 'hidden');
    expect(skipped.map((f) => f.relPath)).toEqual(['escape-dir', 'escape.txt']);
    const result = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
    expect(result.skipped.find((s) => s.file === 'escape.txt')?.reason).toMatch(/outside the input folder/);
    expect(result.documents.some((d) => d.sections.some((s) => s.text.includes('outside')))).toBe(false);
  });

  it('rejects a missing folder with a hint', async () => {
    const missing = path.join(folder.dir, 'nope');
    const error = await listInputFiles(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain('not found');
    expect((error as UserError).hint).toMatch(/--input/);
  });
});

describe('ingestFiles', () => {
  const folder = tempFolder();
  folder.write('good.txt', 'Hello there.');
  folder.write('empty.txt', '');
  folder.write('data.csv', 'Question,Answer\nWhy?,Because.\n');
  folder.write('archive.gz', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));

  it('reads what it can, skips the rest with a reason, and reports progress', async () => {
    const events: IngestEvent[] = [];
    const files = await listInputFiles(folder.dir);
    const result = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS, onProgress: (e) => events.push(e) });
    expect(result.documents.map((d) => d.file)).toEqual(['data.csv', 'good.txt']);
    expect(result.skipped.map((s) => [s.file, s.kind])).toEqual([
      ['archive.gz', 'unsupported'],
      ['empty.txt', 'empty'],
    ]);
    expect(events.filter((e) => e.type === 'file-start')).toHaveLength(4);
    expect(events.filter((e) => e.type === 'file-skipped')).toHaveLength(2);
  });

  it('stops when the signal is aborted', async () => {
    const files = await listInputFiles(folder.dir);
    const controller = new AbortController();
    const seen: string[] = [];
    const run = ingestFiles(files, {
      limits: DEFAULT_INGEST_LIMITS,
      signal: controller.signal,
      onProgress: (e) => {
        seen.push(e.file);
        controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/Cancel/);
    expect(new Set(seen).size).toBe(1);
  });
});
