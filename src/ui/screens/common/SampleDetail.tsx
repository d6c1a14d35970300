// One sample readable in full: provenance, split, tokens, keywords and the conversation, scrolled
// by ↑↓ PgUp/PgDn Home/End in a window as tall and wide as the terminal allows.
import { Box, Text } from 'ink';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { useKeys } from '../../hooks/useKeys.js';
import { useMemo, useState } from 'react';
import type { StoredSample } from '../../../core/app/types.js';
import { effectiveSplit } from '../../../core/app/views.js';
import { clip, wrapText } from '../../format.js';
import { color } from '../../theme.js';

/** Rows around the reader: title, tabs, a search line, the two header lines, margins, a notice and the key help. */
const CHROME_ROWS = 12;
const MIN_HEIGHT = 4;

function conversationLines(sample: StoredSample, width: number): { text: string; role: string }[] {
  const out: { text: string; role: string }[] = [];
  const parts = [
    ...(sample.conversation.system ? [{ role: 'system', content: sample.conversation.system }] : []),
    ...sample.conversation.turns,
  ];
  for (const part of parts) {
    out.push({ text: `${part.role}:`, role: part.role });
    for (const line of wrapText(part.content, width - 2)) out.push({ text: `  ${line}`, role: '' });
  }
  return out;
}

export function SampleDetail({ sample, note }: { sample: StoredSample; note?: string }) {
  const size = useTerminalSize();
  // One column short of the edge: a line that fills the last column wraps in some terminals.
  const width = size.widthFor(1);
  const lines = useMemo(() => conversationLines(sample, width), [sample, width]);
  const height = size.rowsFor(CHROME_ROWS, MIN_HEIGHT);
  const [top, setTop] = useState(0);
  const maxTop = Math.max(0, lines.length - height);
  useKeys((_input, key) => {
    if (key.upArrow) setTop((t) => Math.max(0, t - 1));
    if (key.downArrow) setTop((t) => Math.min(maxTop, t + 1));
    if (key.pageUp) setTop((t) => Math.max(0, t - height));
    if (key.pageDown) setTop((t) => Math.min(maxTop, t + height));
    if (key.home) setTop(0);
    if (key.end) setTop(maxTop);
  });
  const split = effectiveSplit(sample) ?? 'unsplit';
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{sample.id}</Text> · {clip(`${sample.source.file}${sample.source.location ? `, ${sample.source.location}` : ''}`, size.widthFor(sample.id.length + 4))}
      </Text>
      <Text wrap="truncate-end">
        <Text color={splitColor(split)}>{split}</Text>
        {sample.splitOverride ? ' (moved by you)' : ''} · {sample.tokenLength ?? '?'} tokens · {sample.origin}
        {sample.edited ? <Text color={color.warning}> · edited by you</Text> : null}
        <Text dimColor>{sample.keywords.length ? ` · ${clip(sample.keywords.join(', '), 40)}` : ''}</Text>
      </Text>
      {note ? <Text color={color.warning}>{note}</Text> : null}
      <Box flexDirection="column" marginTop={1}>
        {lines.slice(top, top + height).map((line, i) => (
          <Text key={top + i} bold={Boolean(line.role)} color={line.role === 'assistant' ? color.accent : undefined}>
            {line.text || ' '}
          </Text>
        ))}
      </Box>
      {lines.length > height ? <Text dimColor>{`lines ${top + 1}-${Math.min(lines.length, top + height)} of ${lines.length} (↑↓ PgUp PgDn scroll)`}</Text> : null}
    </Box>
  );
}

export function splitColor(split: string): string | undefined {
  if (split === 'train') return color.train;
  if (split === 'validation') return color.validation;
  if (split === 'excluded') return color.error;
  return undefined;
}
