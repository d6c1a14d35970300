// The Q&A fixtures other parts (the identify detector) rely on: stored, readable, and up to date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles, listInputFiles } from '../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import type { ExtractedDocument } from '../../src/core/ingest/types.js';
import { buildQaDocx, buildQaPdf, buildQaPptx } from '../fixtures/ingest/build-fixtures.js';
import { DOCX_PAIRS, PDF_PAIRS, PPTX_PAIRS, XLSX_HIDDEN_QUESTION, XLSX_PAIRS, type ExpectedPair } from '../fixtures/ingest/qa-content.js';

const FIXTURES = path.resolve('tests/fixtures/ingest');
const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('Q&A fixtures', async () => {
  const files = (await listInputFiles(FIXTURES)).filter((f) => f.relPath.startsWith('qa_'));
  const { documents, skipped } = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
  const byName = (name: string): ExtractedDocument => documents.find((d) => d.file === name)!;

  it('are all read', () => {
    expect(skipped).toEqual([]);
    expect(documents.map((d) => [d.file, d.format])).toEqual([
      ['qa_handbook.pdf', 'pdf'],
      ['qa_onboarding.docx', 'docx'],
      ['qa_support.xlsx', 'xlsx'],
      ['qa_training.pptx', 'pptx'],
    ]);
  });

  const sectionAt = (doc: ExtractedDocument, location: string): string =>
    flat(doc.sections.filter((s) => s.location === location.split(',')[0]).map((s) => s.text).join(' '));

  it.each([
    ['qa_handbook.pdf', PDF_PAIRS],
    ['qa_onboarding.docx', DOCX_PAIRS],
    ['qa_training.pptx', PPTX_PAIRS],
  ] as [string, ExpectedPair[]][])('%s holds every expected pair at its location', (file, pairs) => {
    const doc = byName(file);
    for (const pair of pairs) {
      const text = file.endsWith('.docx') ? flat(doc.sections[0].text) : sectionAt(doc, pair.location);
      expect(text).toContain(pair.question);
      expect(text).toContain(pair.answer);
      expect(text.indexOf(pair.question)).toBeLessThan(text.indexOf(pair.answer));
    }
  });

  it('qa_support.xlsx holds the pairs as Question/Answer rows and hides the draft sheet', () => {
    const doc = byName('qa_support.xlsx');
    const faq = doc.tables.find((t) => t.location === 'sheet FAQ')!;
    const q = faq.headers.indexOf('Question');
    const a = faq.headers.indexOf('Answer');
    expect(faq.rows.map((row, i) => ({ question: row[q], answer: row[a], location: `sheet FAQ, row ${faq.rowNumbers![i]}` }))).toEqual(XLSX_PAIRS);
    expect(JSON.stringify(doc)).not.toContain(XLSX_HIDDEN_QUESTION);
  });

  it('match what build-fixtures.ts produces today', () => {
    expect(Buffer.from(readFileSync(path.join(FIXTURES, 'qa_handbook.pdf'))).equals(Buffer.from(buildQaPdf()))).toBe(true);
    expect(Buffer.from(readFileSync(path.join(FIXTURES, 'qa_onboarding.docx'))).equals(Buffer.from(buildQaDocx()))).toBe(true);
    expect(Buffer.from(readFileSync(path.join(FIXTURES, 'qa_training.pptx'))).equals(Buffer.from(buildQaPptx()))).toBe(true);
  });
});
