// The part of a long line being edited that fits a field of `width` columns and `rows` rows: the
// line is cut into rows of `width` characters and the window follows the cursor, so a turn of
// thousands of characters never pushes the screen's title or key help off the terminal.

export interface WindowRow {
  text: string;
  /** Where the cursor is in this row, when it is in this row. */
  cursor?: number;
}

export function lineWindow(value: string, cursor: number, width: number, rows: number): WindowRow[] {
  const room = Math.max(1, width);
  // The cursor may sit just past the end, on a cell of its own.
  const rowCount = Math.floor(value.length / room) + 1;
  const cursorRow = Math.floor(cursor / room);
  const shownRows = Math.max(1, Math.min(rows, rowCount));
  const top = Math.min(Math.max(0, cursorRow - shownRows + 1), rowCount - shownRows);
  const out: WindowRow[] = [];
  for (let row = top; row < top + shownRows; row++) {
    const text = value.slice(row * room, (row + 1) * room);
    out.push(row === cursorRow ? { text, cursor: cursor - row * room } : { text });
  }
  return out;
}
