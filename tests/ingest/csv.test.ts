import { describe, expect, it } from 'vitest';
import { allText, failureKind, read, readCorpus, tempFolder, CORPUS } from './helpers/input.js';
import path from 'node:path';

describe('CSV from the corpus', () => {
  it.each([
    ['csv/sheetjs_Attendance.csv', 'Berlinda Fong'],
    ['csv/sheetjs_LO7322.csv', 'Wednesday, October 18, 1933'],
    ['csv/tika_testCSV.csv', 'Sample CSV File - Numbers and their Squares'],
    ['csv/tika_test-columnar.csv', 'Square of the Record Number'],
    ['csv/TruthfulQA.csv', 'What happens to you if you eat watermelon seeds?'],
  ])('%s contains its phrase', async (file, phrase) => {
    expect(allText(await readCorpus(file))).toContain(phrase);
  });

  it('keys TruthfulQA rows by its header', async () => {
    const [table] = (await readCorpus('csv/TruthfulQA.csv')).tables;
    expect(table.headers).toEqual(['Type', 'Category', 'Question', 'Best Answer', 'Correct Answers', 'Incorrect Answers', 'Source']);
    expect(table.rows).toHaveLength(817);
    expect(table.rows[0][2]).toBe('What happens to you if you eat watermelon seeds?');
    expect(table.rowNumbers?.[0]).toBe(2);
  });

  it('skips a title line above the real header', async () => {
    const [table] = (await readCorpus('csv/tika_testCSV.csv')).tables;
    expect(table.headers).toEqual(['Column 1', 'Number', 'Square']);
    expect(table.rows[0]).toEqual(['', '1', '1']);
  });

  it('keeps a header cell with an embedded newline', async () => {
    const [table] = (await readCorpus('csv/sheetjs_Attendance.csv')).tables;
    expect(table.headers[1]).toBe('Ben Ashley');
    expect(table.rows).toHaveLength(24); // 25 records including the header
  });

  it('reports the 0-byte corpus CSV as empty', async () => {
    expect((await failureKind(path.join(CORPUS, 'bad/sheetjs_roo_emptysheets.xml.0.csv'))).kind).toBe('empty');
  });
});

describe('CSV parsing', () => {
  const folder = tempFolder();
  it('handles quoted commas, quotes and newlines', async () => {
    const doc = await read(folder.write('q.csv', 'Question,Answer\n"Why, really?","He said ""yes""\nand left."\n'));
    expect(doc.tables[0].rows).toEqual([['Why, really?', 'He said "yes"\nand left.']]);
    expect(allText(doc)).toContain('He said "yes"');
  });

  it('detects semicolon and tab delimiters', async () => {
    const semi = await read(folder.write('s.csv', 'Frage;Antwort\nWie?;So.\n'));
    expect(semi.tables[0].headers).toEqual(['Frage', 'Antwort']);
    const tab = await read(folder.write('t.tsv', 'Q\tA\nOne\tTwo\n'));
    expect(tab.tables[0].rows).toEqual([['One', 'Two']]);
  });

  it('reads a windows-1252 CSV without replacement characters', async () => {
    const doc = await read(folder.write('w.csv', Buffer.from('Name,City\nJos\xe9,M\xfcnchen\n', 'latin1')));
    expect(doc.tables[0].rows[0]).toEqual(['José', 'München']);
  });
});
