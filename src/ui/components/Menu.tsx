// A windowed select list (ink-select-input) that shows a one-line description of the highlighted item.
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import { useState } from 'react';
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
  isFocused?: boolean;
}

export function Menu<V extends string>({ items, initialValue, onSelect, limit = 8, isFocused = true }: Props<V>) {
  const initialIndex = Math.max(0, items.findIndex((item) => item.value === initialValue));
  const [highlighted, setHighlighted] = useState<V | undefined>(items[initialIndex]?.value);
  const current = items.find((item) => item.value === highlighted) ?? items[initialIndex];
  return (
    <Box flexDirection="column">
      <SelectInput
        items={items}
        initialIndex={initialIndex}
        limit={limit}
        isFocused={isFocused}
        itemComponent={MenuRow as never}
        onHighlight={(item) => setHighlighted(item.value)}
        onSelect={(item) => onSelect(item.value)}
      />
      {items.length > limit ? <Text dimColor>  ({items.length} items, ↑↓ to scroll)</Text> : null}
      {current?.description ? (
        <Box marginTop={1}>
          <Text dimColor>{current.description}</Text>
        </Box>
      ) : null}
    </Box>
  );
}

function MenuRow({ isSelected, label, tag, tagTone }: { isSelected?: boolean; label: string; tag?: string; tagTone?: Tone }) {
  const tagColor = tagTone && tagTone !== 'info' ? color[tagTone] : undefined;
  return (
    <Text>
      <Text color={isSelected ? color.accent : undefined} bold={isSelected}>
        {label}
      </Text>
      {tag ? <Text color={tagColor} dimColor={!tagColor}>{`  ${tag}`}</Text> : null}
    </Text>
  );
}
