// The key help at the bottom of every screen.
import { Box, Text } from 'ink';

export const HELP = {
  move: '↑↓ move',
  select: 'Enter select',
  back: 'Esc back',
  quit: 'q quit',
} as const;

export function HelpLine({ keys }: { keys: string[] }) {
  return (
    <Box marginTop={1}>
      <Text dimColor>{keys.join(' · ')}</Text>
    </Box>
  );
}
