// A one-line status message colored by its meaning.
import { Text } from 'ink';
import { color } from '../theme.js';

export type Tone = 'success' | 'warning' | 'error' | 'info';

const MARK: Record<Tone, string> = { success: '✓', warning: '!', error: '✗', info: '·' };

export function Notice({ tone, children }: { tone: Tone; children: string }) {
  return (
    <Text color={tone === 'info' ? undefined : color[tone]}>
      {MARK[tone]} {children}
    </Text>
  );
}
