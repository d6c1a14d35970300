// Legacy encodings our letter scoring does not know (Shift_JIS, GB18030/GBK) are found by chardet,
// and every non-UTF-8 decode and every U+FFFD is reported per file. Real files from
// tests/fixtures/encodings (SOURCES.md); the expected phrases were written down from decoding each
// file by hand with iconv-lite and its known encoding, before our decoder ran on it.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/ingest/decode-text.js';
import { decodingNote } from '../../src/core/ingest/decoding-notes.js';
import { allText, read, readCorpus } from './helpers/input.js';

const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/encodings/${name}`, import.meta.url));
const fixture = (name: string): Buffer => fs.readFileSync(fixturePath(name));
const countReplacements = (text: string): number => text.split('\uFFFD').length - 1;

describe('code pages our scoring does not know', () => {
  it('reads the Shift_JIS file as Shift_JIS (chardet), without a replacement character', () => {
    const decoded = decodeText(fixture('chardet_shiftjis.txt'));
    expect(decoded.encoding).toBe('Shift_JIS');
    expect(decoded.detectedBy).toBe('chardet');
    expect(decoded.text).toContain('コンピューターは、本質的には数字しか扱うことができません。');
    expect(decoded.text).toContain('ユニコードはすべてを変えます');
    expect(countReplacements(decoded.text)).toBe(0);
    expect(decoded.warnings).toEqual(['not UTF-8: decoded as Shift_JIS (detected by chardet)']);
  });

  it('reads the GBK/GB18030 file as GB18030 (chardet)', () => {
    const decoded = decodeText(fixture('chardet_gb18030.txt'));
    expect(decoded.encoding).toBe('GB18030');
    expect(decoded.detectedBy).toBe('chardet');
    expect(decoded.text).toContain('基本上，计算机只是处理数字。');
    expect(decoded.text).toContain('Unicode正在改变所有这一切！');
    expect(countReplacements(decoded.text)).toBe(0);
  });

  it.each([
    ['chardet_windows_1253.txt', 'windows-1253', 'Η Λαϊκή ή Δημώδης Λατινική (λατ. sermo vulgaris)'],
  ])('reads %s (single-byte, neither Latin nor Cyrillic) as %s', (name, encoding, phrase) => {
    const decoded = decodeText(fixture(name));
    expect(decoded).toMatchObject({ encoding, detectedBy: 'chardet' });
    expect(decoded.text).toContain(phrase);
  });

  it('leaves Western and Cyrillic pages to our letter scoring (chardet has no CP866)', async () => {
    const cp866 = await readCorpus('text/tika_russian.cp866.txt');
    expect(cp866.decoding).toEqual({ encoding: 'cp866', detectedBy: 'letter-scoring' });
    const win1252 = await readCorpus('text/tika_testTXT_win-1252.txt');
    expect(win1252.decoding).toEqual({ encoding: 'windows-1252', detectedBy: 'letter-scoring' });
  });
});

describe('the decoding note of a file', () => {
  it('names the legacy encoding and who chose it', async () => {
    const doc = await readCorpus('text/tika_russian.cp866.txt');
    expect(decodingNote(doc)).toEqual({ file: doc.file, encoding: 'cp866', detected_by: 'letter-scoring', replacement_characters: 0 });
  });

  it('counts every U+FFFD of the Kuhn stress test, mostly malformed UTF-8 read as windows-1252', async () => {
    const bytes = fixture('kuhn_UTF-8-test_without-NUL-line.txt');
    const doc = await read(fixturePath('kuhn_UTF-8-test_without-NUL-line.txt'));
    // The five bytes windows-1252 leaves undefined each become one U+FFFD.
    const undefinedIn1252 = [...bytes].filter((b) => [0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b)).length;
    expect(undefinedIn1252).toBeGreaterThan(0);
    expect(decodingNote(doc)).toEqual({
      file: doc.file,
      encoding: 'windows-1252',
      detected_by: 'letter-scoring',
      replacement_characters: undefinedIn1252,
    });
    expect(countReplacements(allText(doc))).toBe(undefinedIn1252);
  });

  it('has no note for a clean UTF-8 file', async () => {
    expect(decodingNote(await readCorpus('text/tika_testTXTNonASCIIUTF8.txt'))).toBeUndefined();
  });
});
