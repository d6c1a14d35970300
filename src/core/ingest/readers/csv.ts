// CSV/TSV: one Table keyed by the header row, and the same rows as text for chunking.
import { parse } from 'csv-parse/sync';
import { decodeText, decodingOf } from '../decode-text.js';
import { IngestError } from '../ingest-error.js';
import { gridToText, tableFromGrid } from '../table-from-grid.js';
import type { ExtractedDocument } from '../types.js';

export function readCsvDocument(bytes: Uint8Array, file: string): ExtractedDocument {
  const decoded = decodeText(bytes);
  const { text, warnings } = decoded;
  if (!text.trim()) throw new IngestError('empty', 'The file holds only whitespace.');
  let grid: string[][];
  try {
    grid = parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (error) {
    throw new IngestError('corrupt', `Not valid CSV: ${(error as Error).message}`, { cause: error });
  }
  const table = tableFromGrid(grid, '');
  if (!table) throw new IngestError('empty', 'The CSV file has no filled cells.');
  return {
    file,
    format: 'csv',
    sections: [{ text: gridToText(grid), location: '' }],
    tables: [table],
    conversations: [],
    warnings,
    decoding: decodingOf(decoded),
  };
}

/** The candidate that appears most often outside quotes in the first lines. */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 8192);
  const counts = new Map<string, number>([[',', 0], [';', 0], ['\t', 0], ['|', 0]]);
  let inQuotes = false;
  for (const ch of sample) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
