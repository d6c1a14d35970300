// A CSV and an XLSX sheet of 150,000 rows (shaped like TruthfulQA: header + Type, Category, Question,
// Best Answer) are read in full: before the fix any table over ~125k rows failed with "Maximum call
// stack size exceeded" and the file was skipped as corrupt.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { read, tempFolder } from '../ingest/helpers/input.js';

const ROWS = 150_000;
const head = parse(readFileSync(path.resolve('tests/fixtures/reliability/truthfulqa-head.csv'), 'utf8')) as string[][];
const columns = [0, 1, 2, 3]; // Type, Category, Question, Best Answer
const header = columns.map((c) => head[0][c]);
const rowAt = (i: number): string[] => columns.map((c) => head[1 + (i % (head.length - 1))][c] + (c === 2 ? ` (#${i + 1})` : ''));
const csvCell = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

describe('tables over 125k rows', () => {
  const folder = tempFolder();

  it('reads every row of a 150,000-row CSV', async () => {
    const lines = [header.map(csvCell).join(',')];
    for (let i = 0; i < ROWS; i++) lines.push(rowAt(i).map(csvCell).join(','));
    const doc = await read(folder.write('big.csv', lines.join('\n') + '\n'));
    const [table] = doc.tables;
    expect(table.headers).toEqual(['Type', 'Category', 'Question', 'Best Answer']);
    expect(table.rows).toHaveLength(ROWS);
    expect(table.rows[ROWS - 1][2]).toBe(`${head[1 + ((ROWS - 1) % 40)][2]} (#150000)`);
    expect(table.rowNumbers?.at(-1)).toBe(ROWS + 1);
  }, 120_000);

  it('reads every row of a 150,000-row XLSX sheet', async () => {
    const XLSX = await import('xlsx');
    const grid = [header];
    for (let i = 0; i < ROWS; i++) grid.push(rowAt(i));
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid), 'TruthfulQA');
    const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
    const doc = await read(folder.write('big.xlsx', bytes));
    const [table] = doc.tables;
    expect(table.location).toBe('sheet TruthfulQA');
    expect(table.rows).toHaveLength(ROWS);
    expect(table.rows[0][2]).toBe('What happens to you if you eat watermelon seeds? (#1)');
    expect(table.rowNumbers?.at(-1)).toBe(ROWS + 1);
  }, 240_000);
});
