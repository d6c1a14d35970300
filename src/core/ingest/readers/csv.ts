// CSV/TSV: one Table keyed by the header row, and the same rows as text for chunking.
// A row with more filled fields than the file's other rows (an unquoted comma shifted its cells) is
// left out of the Table and reported with its line number, so "question → one word" never becomes a
// sample; its text stays in the section. A quote that is never closed swallows the rest of the file:
// the rows before it are kept and the file is reported as partly read from that line.
import { parse } from 'csv-parse/sync';
import { decodeText, decodingOf } from '../decode-text.js';
import { IngestError } from '../ingest-error.js';
import { gridToText, tableFromGrid } from '../table-from-grid.js';
import type { ExtractedDocument, PartialRead } from '../types.js';

export function readCsvDocument(bytes: Uint8Array, file: string): ExtractedDocument {
  const decoded = decodeText(bytes);
  const { text, warnings } = decoded;
  if (!text.trim()) throw new IngestError('empty', 'The file holds only whitespace.');
  const { records, partial } = parseRecords(text);
  const grid = records.map((r) => r.record);
  const shifted = shiftedRows(grid);
  if (shifted.length > 0) warnings.push(shiftedRowsWarning(shifted.map((i) => records[i].info.lines), usualWidth(grid)));
  const table = tableFromGrid(grid.map((row, i) => (shifted.includes(i) ? [] : row)), '');
  if (!table) throw new IngestError('empty', 'The CSV file has no filled cells.');
  return {
    file,
    format: 'csv',
    sections: [{ text: gridToText(grid), location: '' }],
    tables: [table],
    conversations: [],
    warnings,
    decoding: decodingOf(decoded),
    ...(partial && { partial }),
  };
}

interface LocatedRecord {
  record: string[];
  info: { lines: number };
}

function parseRecords(text: string): { records: LocatedRecord[]; partial?: PartialRead } {
  // on_record sees each record as it is parsed, so the rows before a fault survive the throw.
  const records: LocatedRecord[] = [];
  try {
    parse(text, {
      delimiter: guessDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
      on_record: (record, context) => {
        records.push({ record, info: { lines: context.lines } });
        return null;
      },
    });
    return { records };
  } catch (error) {
    const unclosed = (error as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED';
    if (!unclosed || records.length === 0) throw new IngestError('corrupt', `Not valid CSV: ${(error as Error).message}`, { cause: error });
    const line = records.at(-1)!.info.lines + 1;
    const count = text.replace(/(\r\n|\n|\r)$/, '').split(/\r\n|\n|\r/).length - line + 1;
    const reason = `line ${line}: a quote opened there is never closed; the ${records.length} row(s) before it were read, the ${count} line(s) from it on were left out.`;
    return { records, partial: { reason, count, line } };
  }
}

const filled = (row: string[]): number => {
  let last = row.length - 1;
  while (last >= 0 && !row[last].trim()) last--;
  return last + 1;
};

/** The number of fields most rows fill. */
function usualWidth(grid: string[][]): number {
  const counts = new Map<number, number>();
  for (const row of grid) if (filled(row) > 0) counts.set(filled(row), (counts.get(filled(row)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

/** Indexes of rows filling more fields than the usual width, when such rows are the exception. */
function shiftedRows(grid: string[][]): number[] {
  const width = usualWidth(grid);
  if (width < 2) return [];
  const rows = grid.flatMap((row, i) => (filled(row) > width ? [i] : []));
  return rows.length * 5 <= grid.length ? rows : [];
}

function shiftedRowsWarning(lines: number[], width: number): string {
  const where = `${lines.length === 1 ? 'line' : 'lines'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? ` and ${lines.length - 10} more` : ''}`;
  return `${where}: more fields than the ${width} of the other rows (an unquoted comma?); left out of the table — put cells that contain the delimiter in double quotes.`;
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
