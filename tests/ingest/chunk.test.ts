import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkDocuments, describeSpan, estimateTokens } from '../../src/core/ingest/chunk.js';
import type { ExtractedDocument } from '../../src/core/ingest/types.js';
import { readCorpus } from './helpers/input.js';

const doc = (sections: { text: string; location: string }[], file = 'a.md'): ExtractedDocument => ({
  file, format: 'markdown', sections, tables: [], conversations: [], warnings: [],
});

const sentence = (i: number): string => `Sentence number ${i} tells a small story about item ${i}.`;

describe('estimateTokens', () => {
  it('counts about four characters per token and one per CJK character', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('a'.repeat(400))).toBe(100);
    expect(estimateTokens('the cat sat on the mat')).toBe(8); // 6 words * 1.33
    expect(estimateTokens('描述团队的共同目标')).toBe(9);
  });
});

describe('chunkDocuments', () => {
  it('keeps small documents whole, with file and location, and a stable short id', () => {
    const [chunk] = chunkDocuments([doc([{ text: 'Short text.', location: 'page 2' }])], { chunkTokens: 100, overlapTokens: 10 });
    expect(chunk).toMatchObject({ text: 'Short text.', file: 'a.md', location: 'page 2' });
    expect(chunk.id).toMatch(/^[0-9a-f]{16}$/);
    const again = chunkDocuments([doc([{ text: 'Short text.', location: 'page 2' }])], { chunkTokens: 100, overlapTokens: 10 });
    expect(again[0].id).toBe(chunk.id);
    const elsewhere = chunkDocuments([doc([{ text: 'Short text.', location: 'page 3' }])], { chunkTokens: 100, overlapTokens: 10 });
    expect(elsewhere[0].id).not.toBe(chunk.id);
  });

  it('ends chunks on paragraph boundaries and spans pages in the location', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => sentence(i));
    const chunks = chunkDocuments(
      [doc(paragraphs.map((text, i) => ({ text, location: `page ${i + 1}` })))],
      { chunkTokens: 40, overlapTokens: 0 },
    );
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) for (const part of chunk.text.split('\n\n')) expect(paragraphs).toContain(part);
    expect(chunks[0].location).toMatch(/^pages 1-\d$/);
  });

  it('splits a long paragraph at sentence ends and overlaps by whole sentences', () => {
    const text = Array.from({ length: 40 }, (_, i) => sentence(i)).join(' ');
    const chunks = chunkDocuments([doc([{ text, location: '' }])], { chunkTokens: 60, overlapTokens: 20 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.text).toMatch(/\.$/);
      expect(chunk.tokens).toBeLessThanOrEqual(62);
    }
    const firstSentenceOfSecond = chunks[1].text.slice(0, chunks[1].text.indexOf('.') + 1);
    expect(chunks[0].text.endsWith(firstSentenceOfSecond)).toBe(true); // overlap
    expect(estimateTokens(firstSentenceOfSecond)).toBeLessThanOrEqual(20);
  });

  it('loses no text: every sentence appears in some chunk (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 12 }), fc.integer({ min: 20, max: 200 }), (sizes, budget) => {
        let n = 0;
        const sections = sizes.map((size, i) => ({
          text: Array.from({ length: size }, () => sentence(n++)).join(i % 2 ? ' ' : '\n\n'),
          location: `page ${i + 1}`,
        }));
        const chunks = chunkDocuments([doc(sections)], { chunkTokens: budget, overlapTokens: Math.floor(budget / 5) });
        const all = chunks.map((c) => c.text).join('\n');
        for (let i = 0; i < n; i++) expect(all).toContain(sentence(i));
        for (const c of chunks) expect(c.tokens).toBeLessThanOrEqual(budget + 3);
      }),
      { numRuns: 40 },
    );
  });

  it('cuts text without sentence ends (CJK) to the budget', () => {
    const chunks = chunkDocuments([doc([{ text: '描述团队的共同目标'.repeat(50), location: '' }])], { chunkTokens: 100, overlapTokens: 0 });
    expect(chunks.length).toBe(5);
    expect(chunks.every((c) => c.tokens <= 100)).toBe(true);
  });

  it('chunks a real 55-page PDF with page locations', async () => {
    const pdf = await readCorpus('pdf/pdfjs_pdkids_public_domain_55pages.pdf');
    const chunks = chunkDocuments([pdf], { chunkTokens: 1500, overlapTokens: 150 });
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.every((c) => /^pages? \d+(-\d+)?$/.test(c.location) && c.file === pdf.file)).toBe(true);
    expect(new Set(chunks.map((c) => c.id)).size).toBe(chunks.length);
  });

  it('describes spans', () => {
    expect(describeSpan('page 3', 'page 5')).toBe('pages 3-5');
    expect(describeSpan('slide 2', 'slide 2 notes')).toBe('slide 2 to slide 2 notes');
    expect(describeSpan('', '')).toBe('');
  });
});

describe('chunk boundaries in real shapes', () => {
  it('ends prose chunks at sentence ends even when lines are hard-wrapped (PDF)', () => {
    const wrapped = Array.from({ length: 60 }, (_, i) => sentence(i)).join(' ').replace(/(.{70}\S*) /g, '$1\n');
    const chunks = chunkDocuments([{ ...doc([{ text: wrapped, location: 'page 1' }]), format: 'pdf' }], { chunkTokens: 80, overlapTokens: 0 });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.text).toMatch(/\.$/);
    expect(chunks[0].text).toContain('\n'); // line structure kept
  });

  it('ends table chunks at row ends (CSV/XLSX)', async () => {
    const csv = await readCorpus('csv/TruthfulQA.csv');
    const rows = new Set(csv.sections[0].text.split('\n'));
    const chunks = chunkDocuments([csv], { chunkTokens: 1500, overlapTokens: 0 });
    expect(chunks.length).toBeGreaterThan(50);
    for (const chunk of chunks.slice(0, 20)) for (const line of chunk.text.split('\n')) expect(rows.has(line), line).toBe(true);
  });
});
