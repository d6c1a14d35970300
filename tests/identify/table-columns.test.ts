// Tables whose headers name no question/answer column are decided by their cells (issue 12,
// category 3), on real tables: the GC InfoBase bilingual FAQ (`id,q_en,q_fr,a_en,a_fr`) pairs each
// language's question with that language's answer; its glossary (term → definition) gives nothing.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { pairColumnsByContent } from '../../src/core/agents/identify/table-columns.js';
import { detectTablePairs } from '../../src/core/agents/identify/table-pairs.js';
import { formatFromPath } from '../../src/core/ingest/formats.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import { readDocument } from '../../src/core/ingest/read-document.js';

const REAL = path.resolve(import.meta.dirname, '../fixtures/identify-real');

/** The file's first table, through the real CSV reader. */
async function firstTable(file: string) {
  const full = path.join(REAL, file);
  const doc = await readDocument({ path: full, relPath: file, bytes: fs.statSync(full).size, format: formatFromPath(full) }, DEFAULT_INGEST_LIMITS);
  return doc.tables[0];
}

describe('table columns decided by their cells', () => {
  it('pairs q_en with a_en and q_fr with a_fr in the InfoBase FAQ', async () => {
    const table = await firstTable('tables/infobase-faq.csv');
    const named = (p: { question: number; answer: number }) => `${table.headers[p.question]}→${table.headers[p.answer]}`;
    expect(pairColumnsByContent(table).map(named)).toEqual(['q_en→a_en', 'q_fr→a_fr']);

    const found = detectTablePairs(table);
    expect(found).toHaveLength(26);
    const records = parse(fs.readFileSync(path.join(REAL, 'tables/infobase-faq.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const french = found.filter((d) => d.location.endsWith('q_fr → a_fr'));
    expect(french).toHaveLength(13);
    expect(french[0].location).toBe('row 2, q_fr → a_fr');
    expect(french[0].conversation.turns[0].content).toBe(records[0].q_fr);
    expect(french[0].conversation.turns[1].content.replace(/\s+/g, ' ')).toBe(records[0].a_fr.replace(/\s+/g, ' ').trim());
  });

  it('finds no question column in the InfoBase glossary', async () => {
    const table = await firstTable('negatives/infobase-glossary.csv');
    expect(table.rows.length).toBe(25);
    expect(pairColumnsByContent(table)).toEqual([]);
    expect(detectTablePairs(table)).toEqual([]);
  });
});
