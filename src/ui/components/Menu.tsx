// A windowed select list that shows a one-line description of the highlighted item. Its own
// implementation (not ink-select-input) so that keys arriving together ("Down Down Enter") all count.
// The window is `limit` rows at most, fewer when the terminal has not the room (useTerminalSize).
import { Box, Text } from 'ink';
import { useKeys } from '../hooks/useKeys.js';
import { useEffect, useRef } from 'react';
import { useListCursor } from '../hooks/useListCursor.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { color } from '../theme.js';
import type { Tone } from './Notice.js';

export interface MenuItem<V extends string> {
  label: string;
  value: V;
  description?: string;
  /** A short note after the label, e.g. "legacy", "key set", "← next". */
  tag?: string;
  tagTone?: Tone;
}

interface Props<V extends string> {
  items: MenuItem<V>[];
  initialValue?: V;
  onSelect: (value: V) => void;
  limit?: number;
  /** Rows the rest of the screen takes (title, summaries, description, key help). */
  reserve?: number;
  isFocused?: boolean;
}

export function Menu<V extends string>({ items, initialValue, onSelect, limit: most = 8, reserve = 12, isFocused = true }: Props<V>) {
  const limit = Math.min(most, useTerminalSize().rowsFor(reserve));
  const initialIndex = Math.max(0, items.findIndex((item) => item.value === initialValue));
  const cursor = useListCursor(items.length, limit, isFocused, { initialIndex, wrap: true });
  // A new suggested item (e.g. the main menu's "next" step once settings load) moves the highlight.
  const suggested = useRef(initialValue);
  useEffect(() => {
    if (initialValue === suggested.current) return;
    suggested.current = initialValue;
    cursor.moveTo(initialIndex);
  });
  useKeys(
    (_input, key) => {
      const item = items[cursor.currentIndex()];
      if (key.return && item) onSelect(item.value);
    },
    { isActive: isFocused },
  );
  const current = items[cursor.index];
  return (
    <Box flexDirection="column">
      {items.slice(cursor.start, cursor.end).map((item, i) => (
        <MenuRow key={item.value} item={item} isSelected={cursor.start + i === cursor.index} />
      ))}
      {items.length > limit ? <Text dimColor>  {`${cursor.start + 1}-${cursor.end} of ${items.length}, ↑↓ to scroll`}</Text> : null}
      {current?.description ? (
        <Box marginTop={1}>
          <Text dimColor>{current.description}</Text>
        </Box>
      ) : null}
    </Box>
  );
}

function MenuRow<V extends string>({ item, isSelected }: { item: MenuItem<V>; isSelected: boolean }) {
  const tagColor = item.tagTone && item.tagTone !== 'info' ? color[item.tagTone] : undefined;
  return (
    <Text>
      <Text color={isSelected ? color.accent : undefined}>{isSelected ? '❯ ' : '  '}</Text>
      <Text color={isSelected ? color.accent : undefined} bold={isSelected}>
        {item.label}
      </Text>
      {item.tag ? <Text color={tagColor} dimColor={!tagColor}>{`  ${item.tag}`}</Text> : null}
    </Text>
  );
}
