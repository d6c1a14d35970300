// Identify mode over a folder mixing PDF, DOCX, XLSX and PPTX, through the real readers.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { identifyConversations, type IdentifiedConversation } from '../../src/core/agents/identify.js';
import { ingestFiles, listInputFiles } from '../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import { DOCX_PAIRS, PDF_PAIRS, PPTX_PAIRS, XLSX_HIDDEN_QUESTION, XLSX_PAIRS, type ExpectedPair } from '../fixtures/ingest/qa-content.js';
import { CORPUS } from '../helpers/corpus.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/ingest');

describe('identify over PDF, DOCX, XLSX and PPTX', () => {
  let found: IdentifiedConversation[];

  beforeAll(async () => {
    const files = (await listInputFiles(FIXTURES)).filter((f) => /^qa_/.test(f.relPath));
    const { documents, skipped } = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
    expect(skipped).toEqual([]);
    found = identifyConversations(documents, { minTurns: 1 });
  });

  const cases: [string, ExpectedPair[]][] = [
    ['qa_handbook.pdf', PDF_PAIRS],
    ['qa_onboarding.docx', DOCX_PAIRS],
    ['qa_support.xlsx', XLSX_PAIRS],
    ['qa_training.pptx', PPTX_PAIRS],
  ];

  it.each(cases)('%s: finds exactly the expected pairs, verbatim', (file, expected) => {
    const fromFile = found.filter((c) => c.source.file === file);
    const pairs = fromFile.map((c) => [c.conversation.turns[0].content, c.conversation.turns[1].content]);
    expect(pairs).toEqual(expect.arrayContaining(expected.map((p) => [p.question, p.answer])));
    expect(fromFile).toHaveLength(expected.length);
  });

  it('never reads the hidden sheet', () => {
    expect(found.some((c) => c.conversation.turns[0].content.includes(XLSX_HIDDEN_QUESTION))).toBe(false);
  });
});

describe('identify over the binary corpus files, through the real readers', () => {

  it('finds the 71 numbered gnuplot FAQ entries (TOC not double-counted) and nothing in the other documents', async () => {
    const counts: Record<string, number> = {};
    for (const folder of ['pdf', 'docx', 'xlsx', 'pptx']) {
      const files = await listInputFiles(path.join(CORPUS, folder));
      const { documents } = await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS });
      for (const c of identifyConversations(documents, { minTurns: 1 })) counts[`${folder}/${c.source.file}`] = (counts[`${folder}/${c.source.file}`] ?? 0) + 1;
    }
    expect(counts).toEqual({ 'pdf/gnuplot_FAQ.pdf': 71 });
  }, 120_000);
});
