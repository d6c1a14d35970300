// A grid of cells (CSV records, sheet rows) → a Table keyed by its header row, plus readable text.
import type { Table } from './types.js';

const HEADER_SEARCH_ROWS = 20;

const nonEmpty = (row: string[]): number => row.reduce((n, cell) => n + (cell.trim() ? 1 : 0), 0);

/**
 * The header is the first row that is about as full as the fullest early row, so a title line
 * above the real header ("Sample CSV File", then blank lines, then "Number,Square") is skipped.
 * @param firstRowNumber the source row number of grid[0] (1 for a CSV file or a sheet starting at A1)
 */
export function tableFromGrid(grid: string[][], location: string, firstRowNumber = 1): Table | undefined {
  const early = grid.slice(0, HEADER_SEARCH_ROWS);
  const fullest = Math.max(0, ...early.map(nonEmpty));
  if (fullest === 0) return undefined;
  const needed = Math.max(Math.min(2, fullest), Math.ceil(fullest * 0.6));
  const headerIndex = early.findIndex((row) => nonEmpty(row) >= needed);
  const width = widestRow(grid);
  const headers = padRow(grid[headerIndex], width).map((cell, i) => cell.trim().replace(/\s+/g, ' ') || `Column ${i + 1}`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = headerIndex + 1; i < grid.length; i++) {
    if (nonEmpty(grid[i]) === 0) continue;
    rows.push(padRow(grid[i], width));
    rowNumbers.push(firstRowNumber + i);
  }
  return { location, headers, rows, rowNumbers };
}

/** A loop, not Math.max(...rows): spreading 125k+ rows as arguments overflows the call stack. */
function widestRow(grid: string[][]): number {
  let width = 0;
  for (const row of grid) width = Math.max(width, lastFilled(row) + 1);
  return width;
}

function lastFilled(row: string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i].trim()) return i;
  return -1;
}

function padRow(row: string[], width: number): string[] {
  const out = row.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/** Every non-empty row on one line, cells separated by " | " (empty cells left out). */
export function gridToText(grid: string[][]): string {
  return grid
    .map((row) => row.map((cell) => cell.trim().replace(/\s*\n\s*/g, ' ')).filter(Boolean).join(' | '))
    .filter(Boolean)
    .join('\n');
}
