import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/core/ingest/decode-text.js';
import { allText, failureKind, readCorpus, tempFolder, read } from './helpers/input.js';

describe('text and Markdown from the corpus', () => {
  const cases: [string, string][] = [
    ['text/zlib_FAQ.txt', "Yes. zlib doesn't handle dates."],
    ['text/homebrew_FAQ.md', 'How do I update my local packages?'],
    ['text/semver.md', 'How should I deal with revisions in the 0.y.z initial development phase?'],
    ['text/changelog_spotlight-8_interview.md', 'I love the Changelog.'],
    ['text/chatdown_BookTable-happyPath.chat.txt', 'Your table is booked. Reference number: #K89HG38SZ'],
    ['text/whatsapp_short-chat.txt', "Hey I'm a test too!"],
    ['text/tika_testMARKDOWN.md', 'Café naïve résumé'],
    ['text/tika_testTXTNonASCIIUTF8.txt', 'Der schnelle braune Fuchs springt über den faulen Hund'],
    ['text/tika_testTXT_win-1252.txt', 'These smart quotes are the trigger for CharsetRecog_sbcs'],
    ['text/tika_russian.cp866.txt', 'Однажды, в студеную зимнюю пору'],
  ];
  it.each(cases)('%s contains its phrase', async (file, phrase) => {
    const doc = await readCorpus(file);
    expect(allText(doc)).toContain(phrase);
    expect(allText(doc)).not.toContain('\uFFFD');
  });

  it('strips the UTF-8 BOM and decodes windows-1252 curly quotes', async () => {
    expect(allText(await readCorpus('text/chatdown_BookTable-happyPath.chat.txt')).startsWith('user=vishwac')).toBe(true);
    expect(allText(await readCorpus('text/tika_testTXT_win-1252.txt'))).toContain('“windows');
  });
});

describe('encoding detection', () => {
  const russian = 'Однажды, в студеную зимнюю пору\nЯ из лесу вышел; был сильный мороз.';
  const french = 'Voilà un café très naïf — « élève » à Noël, über Größe.';

  it.each(['windows-1251', 'koi8-r', 'cp866'])('detects Cyrillic in %s', (encoding) => {
    const decoded = decodeText(iconv.encode(russian, encoding));
    expect(decoded.text).toBe(russian);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.warnings.join()).toContain(encoding);
  });

  it.each(['latin1', 'windows-1252'])('detects %s text as windows-1252', (encoding) => {
    const text = encoding === 'latin1' ? french.replace('—', '-') : french;
    const decoded = decodeText(iconv.encode(text, encoding));
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe('windows-1252');
  });

  it.each([
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const)('reads %s with a BOM', (encoding, bom) => {
    const bytes = Buffer.concat([Buffer.from(bom), iconv.encode(russian + french, encoding)]);
    expect(decodeText(bytes).text).toBe(russian + french);
  });

  it('reads BOM-less UTF-16LE of Latin text', () => {
    expect(decodeText(iconv.encode('Hello, world. Question: why?', 'utf-16le')).text).toBe('Hello, world. Question: why?');
  });

  it('keeps mostly valid UTF-8 as UTF-8 and says how many bytes were bad', () => {
    const bytes = Buffer.concat([Buffer.from(french + russian, 'utf8'), Buffer.from([0xff]), Buffer.from(' fin', 'utf8')]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toContain(russian);
    expect(decoded.warnings[0]).toMatch(/1 invalid UTF-8/);
  });
});

describe('text files that must be rejected', () => {
  const folder = tempFolder();
  it('0-byte and whitespace-only files are empty', async () => {
    expect((await failureKind(folder.write('zero.txt', ''))).kind).toBe('empty');
    expect((await failureKind(folder.write('blank.md', ' \n\t\n'))).kind).toBe('empty');
  });

  it('binary data named .txt is a wrong extension', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await failureKind(folder.write('image.txt', png))).kind).toBe('wrong_extension');
    const random = Buffer.from([1, 2, 3, 0, 0, 250, 7, 8, 0, 9]);
    expect((await failureKind(folder.write('blob.txt', random))).kind).toBe('wrong_extension');
  });

  it('Latin-1 and UTF-16 files are read through the whole pipeline', async () => {
    const latin = await read(folder.write('latin.txt', iconv.encode('Résumé: naïve café', 'latin1')));
    expect(allText(latin)).toBe('Résumé: naïve café');
    const utf16 = await read(folder.write('wide.md', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('# Titre\r\nÉté', 'utf-16le')])));
    expect(allText(utf16)).toBe('# Titre\nÉté');
  });
});
