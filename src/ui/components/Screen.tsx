// Frame of every screen: a title line, the body, and the key help at the bottom. `?` swaps the body
// for the list of the screen's keys (the same hints as the help line); the body stays mounted, hidden.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useHelpOpen } from '../session/help.js';
import { useTyping } from '../session/keyboard.js';
import { color } from '../theme.js';
import { HELP, HelpLine, HelpOverlay } from './HelpLine.js';

const DEFAULT_HELP = [HELP.move, HELP.select, HELP.back, HELP.quit];

export function Screen({ title, help = DEFAULT_HELP, children }: { title: string; help?: string[]; children: ReactNode }) {
  const helpOpen = useHelpOpen();
  const typing = useTyping();
  return (
    <Box flexDirection="column">
      <Text bold color={color.accent}>
        ftdb › {title}
        {helpOpen ? ' › Keys' : ''}
      </Text>
      {helpOpen ? <HelpOverlay keys={help} /> : null}
      <Box flexDirection="column" marginTop={1} display={helpOpen ? 'none' : 'flex'}>
        {children}
      </Box>
      {helpOpen ? null : <HelpLine keys={help} typing={typing} />}
    </Box>
  );
}
