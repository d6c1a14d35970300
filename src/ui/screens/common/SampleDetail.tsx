// One sample readable in full: provenance, split, tokens, keywords and the conversation, scrolled
// by ↑↓ PgUp/PgDn Home/End in a window as tall as the terminal allows.
import { Box, Text } from 'ink';
import { useTerminalRows } from '../../hooks/useTerminalRows.js';
import { useKeys } from '../../hooks/useKeys.js';
import { useMemo, useState } from 'react';
import type { StoredSample } from '../../../core/app/types.js';
import { effectiveSplit } from '../../../core/app/views.js';
import { clip, wrapText } from '../../format.js';
import { color } from '../../theme.js';

const WIDTH = 76;
/** Rows around the reader: title, tabs, the two header lines, margins, a notice and the key help. */
const CHROME_ROWS = 12;
const MIN_HEIGHT = 4;

function conversationLines(sample: StoredSample): { text: string; role: string }[] {
  const out: { text: string; role: string }[] = [];
  const parts = [
    ...(sample.conversation.system ? [{ role: 'system', content: sample.conversation.system }] : []),
    ...sample.conversation.turns,
  ];
  for (const part of parts) {
    out.push({ text: `${part.role}:`, role: part.role });
    for (const line of wrapText(part.content, WIDTH - 2)) out.push({ text: `  ${line}`, role: '' });
  }
  return out;
}

export function SampleDetail({ sample, note }: { sample: StoredSample; note?: string }) {
  const lines = useMemo(() => conversationLines(sample), [sample]);
  const height = Math.max(MIN_HEIGHT, useTerminalRows() - CHROME_ROWS);
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
        <Text bold>{sample.id}</Text> · {clip(`${sample.source.file}${sample.source.location ? `, ${sample.source.location}` : ''}`, WIDTH - 18)}
      </Text>
      <Text>
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
