import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import { headingLevels } from '../../src/core/ingest/readers/pdf-headings.js';
import { textItemsToText, type PdfTextItem } from '../../src/core/ingest/readers/pdf-lines.js';
import { allText, failureKind, read, readCorpus, tempFolder } from './helpers/input.js';
import { buildPdf } from './helpers/pdf-writer.js';

const item = (str: string, x: number, y: number, width: number, hasEOL = false, size = 10): PdfTextItem => ({
  str, transform: [size, 0, 0, size, x, y], width, height: size, hasEOL,
});

describe('line rebuilding from text items', () => {
  it('inserts a space at a visible gap and none inside a word', () => {
    const text = textItemsToText([item('Hel', 0, 100, 15), item('lo', 15.2, 100, 10), item('world', 30, 100, 25)]);
    expect(text).toBe('Hello world');
  });

  it('breaks lines on a baseline change and paragraphs on a large step', () => {
    const text = textItemsToText([item('one', 0, 100, 15), item('two', 0, 88, 15), item('three', 0, 50, 25)]);
    expect(text).toBe('one\ntwo\n\nthree');
  });

  it('writes lines set larger than the body as headings, a wrapped heading as one line', () => {
    const items = [
      item('Product FAQ', 0, 700, 120, false, 18),
      item('Why does the service stop when', 0, 670, 200, false, 13),
      item('I close the lid?', 0, 655, 100, false, 13),
      item('Sleep suspends it; set the lid action to keep it running.', 0, 635, 300),
      item('It resumes on wake.', 0, 623, 120),
    ];
    const text = textItemsToText(items, headingLevels([items]));
    expect(text).toBe(
      '# Product FAQ\n\n## Why does the service stop when I close the lid?\n\nSleep suspends it; set the lid action to keep it running.\nIt resumes on wake.',
    );
  });

  it('measures gaps leftwards for right-to-left runs', () => {
    const text = textItemsToText([item('עולם', 60, 100, 20), item('15', 45, 100, 10), item('(ב)', 30, 100, 15)]);
    expect(text).toBe('עולם 15(ב)');
  });
});

describe('PDF corpus files', () => {
  it('keeps Hebrew in logical order', async () => {
    const text = allText(await readCorpus('pdf/pdfjs_issue11656_hebrew.pdf'));
    expect(text).toContain('שלום עולם');
    expect(text).not.toContain('םלוע םולש');
  });

  it('reads a two-column page column by column', async () => {
    const text = allText(await readCorpus('pdf/tika_testPDFTwoTextBoxes.pdf'));
    expect(text.indexOf('Left column line 2')).toBeLessThan(text.indexOf('Right column line 1'));
    expect(text).not.toMatch(/Left column line 1\s*Right column line 1/);
  });

  it('gives one section per page with its page number, words neither glued nor one per line', async () => {
    const doc = await readCorpus('pdf/gnuplot_FAQ.pdf');
    expect(doc.sections).toHaveLength(20);
    expect(doc.sections[4].location).toBe('page 5');
    expect(doc.sections[4].text).toContain('1.4 Is gnuplot suitable for scripting?');
    const lines = allText(doc).split('\n').filter(Boolean);
    const singleWord = lines.filter((l) => !/\s/.test(l.trim())).length;
    expect(singleWord / lines.length).toBeLessThan(0.15);
    expect(allText(doc)).not.toMatch(/[a-z]{25,}/); // glued words would form very long runs
  });

  it('opens PDFs encrypted with an empty user password', async () => {
    expect(allText(await readCorpus('pdf/pdfjs_bug900822_encrypted_rc4_no_user_password.pdf'))).toContain('Pdf Test 1');
  });

  it('explains what to do with a password-protected PDF', async () => {
    const error = await readCorpus('bad/pdfjs_issue6010_1_password_abc.pdf').catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'encrypted' });
    expect((error as { hint: string }).hint).toMatch(/unprotected copy, or decrypt it/);
  });

  it('prints nothing on the console (it would corrupt the TUI)', async () => {
    const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((m) => vi.spyOn(console, m));
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    for (const file of ['pdf/tika_testPDFVarious.pdf', 'pdf/pdfjs_bomb_giant.pdf', 'pdf/gnuplot_FAQ.pdf']) await readCorpus(file);
    await readCorpus('bad/pdfjs_poppler-937-0-fuzzed.pdf').catch(() => undefined);
    for (const spy of [...spies, stdout, stderr]) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});

describe('PDFs built in the test', () => {
  const folder = tempFolder();
  const handbook = buildPdf([['Q: Where is the office?', 'A: In Lyon.'], [], ['Last page.']]);

  it('reads every page and warns about pages without text', async () => {
    const doc = await read(folder.write('built.pdf', handbook));
    expect(doc.sections.map((s) => s.location)).toEqual(['page 1', 'page 3']);
    expect(doc.sections[0].text).toBe('Q: Where is the office?\nA: In Lyon.');
    expect(doc.warnings).toEqual(['no text on page 2 (scanned or blank)']);
  });

  it('reports a truncated PDF as corrupt', async () => {
    const truncated = handbook.slice(0, Math.floor(handbook.length / 3));
    expect((await failureKind(folder.write('truncated.pdf', truncated))).kind).toBe('corrupt');
  });

  it('reports a PDF that needs a password as encrypted', async () => {
    expect((await failureKind(folder.write('locked.pdf', buildPdf([['secret']], { encrypt: true })))).kind).toBe('encrypted');
  });

  it('stops at the per-file time budget', async () => {
    const big = buildPdf(Array.from({ length: 300 }, (_, i) => [`Page ${i + 1} text.`]));
    const failure = await failureKind(folder.write('slow.pdf', big), { ...DEFAULT_INGEST_LIMITS, fileTimeoutMs: 5 });
    expect(failure.kind).toBe('timeout');
    expect(failure.message).toMatch(/budget/);
  });
});
