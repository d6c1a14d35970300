import { describe, expect, it } from 'vitest';
import { allText, failureKind, read, readCorpus, tempFolder } from './helpers/input.js';
import { buildDocx, buildPptx, buildXlsx } from './helpers/ooxml-writer.js';

describe('DOCX', () => {
  const folder = tempFolder();
  it('keeps headings, list markers, bold labels and tables', async () => {
    const doc = await read(folder.write('faq.docx', buildDocx([
      { heading: 'Benefits' },
      { text: 'Do we get lunch?', boldLabel: 'Question:' },
      { text: 'Yes, on Fridays.', boldLabel: 'Answer:' },
      { table: [['Question', 'Answer'], ['Gym?', 'Free membership.']] },
    ])));
    const text = allText(doc);
    expect(text).toContain('# Benefits');
    expect(text).toContain('Question: Do we get lunch?\n\nAnswer: Yes, on Fridays.');
    expect(text).toContain('Gym? | Free membership.');
    expect(doc.tables).toEqual([{ location: 'table 1', headers: ['Question', 'Answer'], rows: [['Gym?', 'Free membership.']], rowNumbers: [2] }]);
  });

  it('renders lists with markers and footnotes without reference marks', async () => {
    const various = allText(await readCorpus('docx/tika_testWORD_various.docx'));
    expect(various).toContain('- Bullet 1\n- Bullet 2');
    expect(various).toContain('1. Number bullet 1\n2. Number bullet 2');
    expect(allText(await readCorpus('docx/mammoth_footnotes.docx'))).toMatch(/^Ouch\.\n\n1\. A tachyon walks into a bar\./);
  });
});

describe('XLSX', () => {
  const folder = tempFolder();
  it('keys rows by the header row with sheet row numbers, and skips hidden sheets with a warning', async () => {
    const doc = await read(folder.write('book.xlsx', buildXlsx([
      { name: 'Intro', rows: [['Support FAQ export']] },
      { name: 'FAQ', rows: [['Question', 'Answer'], ['Open on Sunday?', 'No.'], [], ['Gift wrap?', 'Yes, free.']] },
      { name: 'Secret', rows: [['Question', 'Answer'], ['Hidden?', 'Yes.']], hidden: true },
    ])));
    const faq = doc.tables.find((t) => t.location === 'sheet FAQ');
    expect(faq).toEqual({ location: 'sheet FAQ', headers: ['Question', 'Answer'], rows: [['Open on Sunday?', 'No.'], ['Gift wrap?', 'Yes, free.']], rowNumbers: [2, 4] });
    expect(doc.sections.map((s) => s.location)).toEqual(['sheet Intro', 'sheet FAQ']);
    expect(allText(doc)).not.toContain('Hidden?');
    expect(doc.warnings).toEqual(['hidden sheet "Secret" skipped']);
  });

  it('names the sheet in its text and skips hidden corpus sheets', async () => {
    const doc = await readCorpus('xlsx/sheetjs_sheet_visibility.xlsx');
    expect(doc.sections.map((s) => s.location)).toEqual(['sheet Visible']);
    expect(doc.warnings).toHaveLength(2);
  });

  it('reports a workbook with only hidden content as empty', async () => {
    const file = folder.write('hidden.xlsx', buildXlsx([{ name: 'Blank', rows: [] }, { name: 'Secret', rows: [['x']], hidden: true }]));
    expect((await failureKind(file)).kind).toBe('empty');
  });
});

describe('PPTX', () => {
  const folder = tempFolder();
  it('reads slides in presentation order with titles and speaker notes', async () => {
    const doc = await read(folder.write('deck.pptx', buildPptx([
      { title: 'Welcome', body: ['Agenda'] },
      { title: 'What is MFA?', body: ['A second proof of identity.'], notes: 'Mention the app.' },
    ])));
    expect(doc.sections).toEqual([
      { location: 'slide 1', text: '# Welcome\nAgenda' },
      { location: 'slide 2', text: '# What is MFA?\nA second proof of identity.' },
      { location: 'slide 2 notes', text: 'Mention the app.' },
    ]);
  });

  it('reads table cells row by row', async () => {
    expect(allText(await readCorpus('pptx/python-pptx_tbl-cell.pptx'))).toContain('a | b | c\nd | e | f');
  });
});

describe('Office files that must be rejected', () => {
  const folder = tempFolder();
  it('a ZIP with no Office document inside, named .docx', async () => {
    const { zip } = await import('./helpers/ooxml-writer.js');
    expect((await failureKind(folder.write('notes.docx', zip({ 'readme.txt': 'hello' })))).kind).toBe('wrong_extension');
  });

  it('an OLE2 file without encryption is a legacy Office file', async () => {
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    const failure = await failureKind(folder.write('old.docx', ole));
    expect(failure.kind).toBe('wrong_extension');
    expect(failure.message).toMatch(/97-2003/);
  });
});
