// Frame of every screen: a title line, the body, and the key help at the bottom.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { color } from '../theme.js';
import { HELP, HelpLine } from './HelpLine.js';

const DEFAULT_HELP = [HELP.move, HELP.select, HELP.back, HELP.quit];

export function Screen({ title, help = DEFAULT_HELP, children }: { title: string; help?: string[]; children: ReactNode }) {
  return (
    <Box flexDirection="column">
      <Text bold color={color.accent}>
        ftdb › {title}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        {children}
      </Box>
      <HelpLine keys={help} />
    </Box>
  );
}
