// The key hints of a screen: one line at the bottom, and the `?` overlay that lists the same hints one
// per line with what they also accept (derived from the hints, so the two can never disagree).
// The line keeps to one row: hints that do not fit the width are left to the overlay ("? help: all keys").
import { Box, Text } from 'ink';
import { clip } from '../format.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { color } from '../theme.js';

export const HELP = {
  move: '↑↓ move',
  select: 'Enter select',
  back: 'Esc back',
  quit: 'q quit',
} as const;

const OPEN_HELP = '? help';
const MORE_KEYS = '? help: all keys';
const SEPARATOR = ' · ';

/** What a hint's key also accepts, shown in the overlay only. */
const MORE: Record<string, string> = {
  [HELP.move]: 'also j/k; PgUp/PgDn a page, Home/End the first/last',
  [HELP.quit]: 'not while typing in a field; Ctrl-C quits from anywhere',
  'Esc back': 'one level at a time, then to the main menu',
};

/** `typing`: a text field has the keyboard, where `?` is a character, not the help key. */
export function HelpLine({ keys, typing = false }: { keys: string[]; typing?: boolean }) {
  // One column short of the edge: a line that fills the last column wraps in some terminals.
  const width = useTerminalSize().widthFor(1);
  return (
    <Box marginTop={1}>
      <Text dimColor>{fitHints(keys, typing, width)}</Text>
    </Box>
  );
}

/** The hints that fit in `width`, in their order (the first ones matter most), then how to see the rest. */
function fitHints(keys: string[], typing: boolean, width: number): string {
  const whole = (typing ? keys : [...keys, OPEN_HELP]).join(SEPARATOR);
  if (whole.length <= width || typing) return clip(whole, width);
  const shown = [...keys];
  while (shown.length > 1 && [...shown, MORE_KEYS].join(SEPARATOR).length > width) shown.pop();
  return clip([...shown, MORE_KEYS].join(SEPARATOR), width);
}

export function HelpOverlay({ keys }: { keys: string[] }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>Keys on this screen</Text>
      {keys.map((hint) => (
        <Text key={hint}>
          {'  '}
          <Text color={color.accent}>{hint}</Text>
          {MORE[hint] ? <Text dimColor>{`  ${MORE[hint]}`}</Text> : null}
        </Text>
      ))}
      <Box marginTop={1}>
        <Text dimColor>? or Esc closes this help</Text>
      </Box>
    </Box>
  );
}
