// XLSX via SheetJS: every visible sheet as a Table keyed by its header row ("sheet NAME") and as
// text. Hidden sheets are skipped with a warning: they usually hold lookups and helper data that the
// workbook's author chose not to show, not content meant for readers.
import { IngestError } from '../ingest-error.js';
import { gridToText, tableFromGrid } from '../table-from-grid.js';
import type { ExtractedDocument, Table, TextSection } from '../types.js';

export async function readXlsxDocument(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  const XLSX = await import('xlsx');
  let workbook: ReturnType<typeof XLSX.read>;
  try {
    workbook = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
    });
  } catch (error) {
    throw openError(error);
  }
  const sections: TextSection[] = [];
  const tables: Table[] = [];
  const warnings: string[] = [];
  const hidden = new Map((workbook.Workbook?.Sheets ?? []).map((sheet) => [sheet.name, sheet.Hidden ?? 0]));
  for (const name of workbook.SheetNames) {
    if ((hidden.get(name) ?? 0) !== 0) {
      warnings.push(`hidden sheet "${name}" skipped`);
      continue;
    }
    const sheet = workbook.Sheets[name];
    if (!sheet?.['!ref']) continue;
    const firstRow = XLSX.utils.decode_range(sheet['!ref']).s.r + 1;
    const grid = (XLSX.utils.sheet_to_json(sheet, { header: 1, raw: false, defval: '', blankrows: true }) as unknown[][]).map(
      (row) => row.map((cell) => (cell == null ? '' : String(cell))),
    );
    const text = gridToText(grid);
    if (!text) continue;
    sections.push({ text: `# ${name}\n${text}`, location: `sheet ${name}` });
    const table = tableFromGrid(grid, `sheet ${name}`, firstRow);
    if (table && table.rows.length > 0) tables.push(table);
  }
  if (sections.length === 0) {
    throw new IngestError('empty', warnings.length > 0 ? 'The workbook has text only on hidden sheets.' : 'The workbook has no filled cells.');
  }
  return { file, format: 'xlsx', sections, tables, conversations: [], warnings };
}

function openError(error: unknown): IngestError {
  const message = (error as Error)?.message ?? String(error);
  if (/password|encrypt/i.test(message)) return new IngestError('encrypted', 'The workbook is password-protected.', { cause: error });
  if (/unsupported zip/i.test(message)) {
    return new IngestError('wrong_extension', 'The file is a ZIP archive, not an Excel workbook.', { cause: error });
  }
  return new IngestError('corrupt', `The workbook is damaged and cannot be read (${message}).`, { cause: error });
}
