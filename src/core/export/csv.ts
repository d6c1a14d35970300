// CSV writing (RFC 4180 quoting) with formula-injection neutralization for spreadsheet users.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell that a spreadsheet would run as a formula gets a leading apostrophe. */
function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: unknown): string {
  const text = neutralizeCell(value === null || value === undefined ? '' : String(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(columns: string[], rows: unknown[][]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => row.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
