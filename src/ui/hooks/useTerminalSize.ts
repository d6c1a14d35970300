// The terminal's size, kept current on resize: lists are windowed to the rows left once the title,
// summaries and key help are drawn, and long names cut to the columns, so nothing important scrolls
// off at 80x24 and the screens still read at 60x20. The one place screens learn how much room they have.
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

/** What a terminal that does not say its size (a test's fake stdout) is taken to be. */
const FALLBACK = { columns: 80, rows: 24 };

export interface TerminalSize {
  columns: number;
  rows: number;
  /** Rows left for a list once `reserved` rows of the screen are taken (at least `min`). */
  rowsFor(reserved: number, min?: number): number;
  /** Columns left for text once `reserved` columns of a row are taken (at least `min`). */
  widthFor(reserved: number, min?: number): number;
}

function measure(stdout: NodeJS.WritableStream & { columns?: number; rows?: number }): { columns: number; rows: number } {
  return { columns: stdout.columns || FALLBACK.columns, rows: stdout.rows || FALLBACK.rows };
}

export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => measure(stdout));
  useEffect(() => {
    const onResize = () => setSize(measure(stdout));
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout]);
  return {
    ...size,
    rowsFor: (reserved, min = 3) => Math.max(min, size.rows - reserved),
    widthFor: (reserved, min = 10) => Math.max(min, size.columns - reserved),
  };
}
