// The one way errors are shown: the message in red, what to do next, and a stack only for bugs.
import { Box, Text } from 'ink';
import { describeError } from '../errors.js';
import { color } from '../theme.js';

export function ErrorMessage({ error }: { error: unknown }) {
  const view = describeError(error);
  if (view.kind === 'cancelled') return <Text color={color.warning}>{view.message}</Text>;
  return (
    <Box flexDirection="column">
      <Text color={color.error}>✗ {view.message}</Text>
      {view.hint ? <Text color={color.warning}>  → {view.hint}</Text> : null}
      {view.stack ? <Text dimColor>{view.stack}</Text> : null}
    </Box>
  );
}
