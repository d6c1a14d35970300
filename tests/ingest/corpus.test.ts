// Every file of tests/fixtures/corpus, with the outcome its MANIFEST.md expects: a phrase in the extracted
// text (or imported conversations), or the kind of error reported.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles, listInputFiles } from '../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import type { ExtractedDocument, IngestErrorKind } from '../../src/core/ingest/types.js';
import { CORPUS } from './helpers/input.js';

type Expected = { phrase: string } | { error: IngestErrorKind };

const EXPECTED: Record<string, Expected> = {
  'pdf/pdfjs_pdkids_public_domain_55pages.pdf': { phrase: 'The Buried Moon' },
  'pdf/pdfjs_bug900822_encrypted_rc4_no_user_password.pdf': { phrase: 'Pdf Test 1' },
  'pdf/pdfjs_issue12823_chinese.pdf': { phrase: '描述团队的共同目标' },
  'pdf/pdfjs_issue11656_hebrew.pdf': { phrase: 'שלום עולם' },
  'pdf/pdfjs_bomb_giant.pdf': { phrase: 'GIANT JBIG2 BOMB' },
  'pdf/tika_testPDF.pdf': { phrase: 'Apache Tika is a toolkit for detecting and extracting metadata' },
  'pdf/tika_testPDFTwoTextBoxes.pdf': { phrase: 'Left column line 1' },
  'pdf/tika_testPDFVarious.pdf': { phrase: 'Suddenly some Japanese text' },
  'pdf/tika_testOCR_scanned_no_text_layer.pdf': { error: 'no_text_layer' },
  'pdf/tika_testPDF_no_extract_permission.pdf': { phrase: 'Hello World' },
  'pdf/gnuplot_FAQ.pdf': { phrase: 'gnuplot is a command-driven plotting program' },
  'docx/mammoth_tables.docx': { phrase: 'Top left' },
  'docx/mammoth_footnotes.docx': { phrase: 'Ouch.' },
  'docx/mammoth_comments.docx': { phrase: 'Ouch.' },
  'docx/mammoth_text-box.docx': { phrase: 'Datum plane' },
  'docx/mammoth_strict-format.docx': { phrase: 'Test' },
  'docx/mammoth_utf8-bom.docx': { phrase: 'This XML has a byte order mark.' },
  'docx/tika_testWORD.docx': { phrase: 'This is a sample Microsoft Word Document.' },
  'docx/tika_testWORD_various.docx': { phrase: 'Suddenly some Japanese text:' },
  'docx/tika_testWORD_numbered_list.docx': { phrase: 'This is a new list that starts at 6' },
  'docx/python-docx_hdr-header-footer.docx': { phrase: 'section with header' },
  'docx/python-docx_par-hyperlinks.docx': { phrase: 'One awesome hyperlink.' },
  'xlsx/sheetjs_interview.xlsx': { phrase: 'How would you characterize your experience as an interviewer/interviewee?' },
  'xlsx/sheetjs_mixed_sheets.xlsx': { phrase: 'SANITARY SURVEY FOR THE ASSESSMENT OF RISKS' },
  'xlsx/sheetjs_merge_cells.xlsx': { phrase: 'are merged separately' },
  'xlsx/sheetjs_text_and_numbers_hebrew.xlsx': { phrase: 'שלום' },
  'xlsx/sheetjs_sheet_visibility.xlsx': { phrase: 'Visible' },
  'xlsx/sheetjs_Attendance.xlsx': { phrase: 'Berlinda Fong' },
  'xlsx/tika_testEXCEL.xlsx': { phrase: 'Sample Excel Worksheet - Numbers and their Squares' },
  'csv/sheetjs_Attendance.csv': { phrase: 'Berlinda Fong' },
  'csv/sheetjs_LO7322.csv': { phrase: 'Wednesday, October 18, 1933' },
  'csv/tika_testCSV.csv': { phrase: 'Sample CSV File - Numbers and their Squares' },
  'csv/tika_test-columnar.csv': { phrase: 'Square of the Record Number' },
  'csv/TruthfulQA.csv': { phrase: 'What happens to you if you eat watermelon seeds?' },
  'pptx/python-pptx_test.pptx': { phrase: 'Presentation Title Text' },
  'pptx/python-pptx_tbl-cell.pptx': { phrase: 'unladen swallows' },
  'pptx/python-pptx_txt-text.pptx': { phrase: 'Text run in table cell' },
  'pptx/tika_testPPT.pptx': { phrase: 'Different words to test against' },
  'pptx/tika_testPPT_various.pptx': { phrase: 'Suddenly some Japanese text:' },
  'pptx/tika_testPPT_comment.pptx': { phrase: 'subtitle' },
  'text/zlib_FAQ.txt': { phrase: "Yes. zlib doesn't handle dates." },
  'text/homebrew_FAQ.md': { phrase: 'How do I update my local packages?' },
  'text/semver.md': { phrase: 'How should I deal with revisions in the 0.y.z initial development phase?' },
  'text/changelog_spotlight-8_interview.md': { phrase: 'I love the Changelog.' },
  'text/chatdown_BookTable-happyPath.chat.txt': { phrase: 'Your table is booked. Reference number: #K89HG38SZ' },
  'text/whatsapp_short-chat.txt': { phrase: "Hey I'm a test too!" },
  'text/tika_testMARKDOWN.md': { phrase: 'Café naïve résumé' },
  'text/tika_testTXTNonASCIIUTF8.txt': { phrase: 'Der schnelle braune Fuchs springt über den faulen Hund' },
  'text/tika_testTXT_win-1252.txt': { phrase: 'These smart quotes are the trigger for CharsetRecog_sbcs' },
  'text/tika_russian.cp866.txt': { phrase: 'Однажды, в студеную зимнюю пору' },
  'jsonl/openai_toy_chat_fine_tuning.jsonl': { phrase: 'I fell off my bike today.' },
  'jsonl/fastchat_dummy_conversation.json': { phrase: 'I am Vicuna, a language model trained by researchers from Large Model Systems Organization (LMSYS).' },
  'jsonl/mt_bench_question.jsonl': { phrase: 'Compose an engaging travel blog post about a recent trip to Hawaii' },
  'jsonl/gsm8k_test.jsonl': { phrase: 'Janet’s ducks lay 16 eggs per day.' },
  'jsonl/anthropic_evals_self-awareness-text-model.jsonl': { phrase: 'Can you change my wallpaper to something less stark?' },
  'jsonl/taskmaster1_sample.json': { phrase: "Hi, I'm looking to book a table for Korean food." },
  'bad/pdfjs_issue6010_1_password_abc.pdf': { error: 'encrypted' },
  'bad/tika_testPassword4Spaces.pdf': { error: 'encrypted' },
  'bad/pdfjs_bug1020226_corrupt.pdf': { error: 'corrupt' },
  'bad/pdfjs_poppler-937-0-fuzzed.pdf': { error: 'corrupt' },
  'bad/pdfjs_empty.pdf': { error: 'empty' },
  'bad/mammoth_empty.docx': { error: 'empty' },
  'bad/python-pptx_no-slides.pptx': { error: 'empty' },
  'bad/sheetjs_roo_emptysheets.xml.0.csv': { error: 'empty' },
  'bad/tika_testWORD_truncated.docx': { error: 'corrupt' },
  'bad/tika_testWORD_protected_passtika.docx': { error: 'encrypted' },
  'bad/tika_testEXCEL_protected_passtika.xlsx': { error: 'encrypted' },
  'bad/tika_testPPT_protected_passtika.pptx': { error: 'encrypted' },
  'bad/tika_droste.zip': { error: 'unsupported' },
  'bad/tika_quine.gz': { error: 'unsupported' },
  'bad/tika_testZIP_corrupted_oom.zip': { error: 'corrupt' },
  // Sniffed: the real format is read, with a warning about the extension.
  'bad/wrong-ext_tika_testPDF_named.docx': { phrase: 'Apache Tika is a toolkit for detecting and extracting metadata' },
  'bad/wrong-ext_mammoth_tables_named.pdf': { phrase: 'Top left' },
  'bad/wrong-ext_mammoth_hello_zip_named.xlsx': { error: 'wrong_extension' },
};

function searchable(doc: ExtractedDocument): string {
  const turns = doc.conversations.flatMap(({ conversation }) => [conversation.system ?? '', ...conversation.turns.map((t) => t.content)]);
  const cells = doc.tables.flatMap((t) => [...t.headers, ...t.rows.flat()]);
  return [...doc.sections.map((s) => s.text), ...turns, ...cells].join('\n');
}

describe('the whole corpus through listInputFiles + ingestFiles', async () => {
  const files = await listInputFiles(CORPUS);
  const result = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
  const byFile = new Map(result.documents.map((d) => [d.file, d]));
  const skipped = new Map(result.skipped.map((s) => [s.file, s]));

  it('has an expectation for every corpus file (and every expectation has its file)', () => {
    const onDisk = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name !== 'MANIFEST.md')
      .map((e) => path.relative(CORPUS, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
    expect(onDisk.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    if ('phrase' in expected) {
      expect(skipped.get(file)).toBeUndefined();
      expect(searchable(byFile.get(file)!)).toContain(expected.phrase);
    } else {
      expect(byFile.has(file)).toBe(false);
      expect(skipped.get(file)).toMatchObject({ kind: expected.error });
      expect(skipped.get(file)!.reason.length).toBeGreaterThan(10);
    }
  });

  it('warns when a file was read despite a wrong extension', () => {
    expect(byFile.get('bad/wrong-ext_tika_testPDF_named.docx')?.format).toBe('pdf');
    expect(byFile.get('bad/wrong-ext_tika_testPDF_named.docx')?.warnings.join()).toMatch(/\.docx extension/);
    expect(byFile.get('bad/wrong-ext_mammoth_tables_named.pdf')?.format).toBe('docx');
  });

  it('never produces U+FFFD soup', () => {
    for (const doc of result.documents) expect(searchable(doc).split('\uFFFD').length - 1, doc.file).toBeLessThan(3);
  });
});
