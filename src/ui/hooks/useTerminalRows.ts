// The terminal's height in rows (24 when stdout is not a terminal, e.g. under ink-testing-library).
import { useStdout } from 'ink';

const DEFAULT_ROWS = 24;

export function useTerminalRows(): number {
  const { stdout } = useStdout();
  return (stdout as Partial<NodeJS.WriteStream>).rows || DEFAULT_ROWS;
}
