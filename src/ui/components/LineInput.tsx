// A one-line text field that takes bursts of keys (several in one stdin read) one key at a time,
// like the lists do (useListCursor): the line lives in a ref that every key updates at once, since
// Ink may call the handler several times before React renders. Replaces ink-text-input.
import { Box, Text, useInput } from 'ink';
import { useRef, useState } from 'react';
import { editLine, type LineState } from './line-editing.js';
import { lineWindow } from './line-window.js';

interface Props {
  initialValue: string;
  placeholder?: string;
  onChange?: (value: string) => void;
  onSubmit: (value: string) => void;
  /** Keep a long line to this many columns and rows (a window that follows the cursor). */
  fit?: Fit;
}

interface Fit {
  width: number;
  rows: number;
}

export function LineInput({ initialValue, placeholder, onChange, onSubmit, fit }: Props) {
  const line = useRef<LineState>({ value: initialValue, cursor: initialValue.length });
  const [shown, setShown] = useState(line.current);
  useInput((input, key) => {
    const before = line.current;
    const { state, submitted } = editLine(before, input, key);
    line.current = state;
    setShown(state);
    if (state.value !== before.value) onChange?.(state.value);
    if (submitted) onSubmit(state.value);
  });
  return <LineText state={shown} placeholder={placeholder} fit={fit} />;
}

/** A line being edited, with its cursor; for a screen that feeds editLine itself (one handler for every key). */
export function LineText({ state, placeholder, fit }: { state: LineState; placeholder?: string; fit?: Fit }) {
  const { value, cursor } = state;
  if (fit && value !== '') {
    return (
      <Box flexDirection="column">
        {lineWindow(value, cursor, fit.width, fit.rows).map((row, i) => (
          <WithCursor key={i} text={row.text} cursor={row.cursor} />
        ))}
      </Box>
    );
  }
  if (value === '') {
    return placeholder ? (
      <Text>
        <Text inverse>{placeholder[0]}</Text>
        <Text color="gray">{placeholder.slice(1)}</Text>
      </Text>
    ) : (
      <Text inverse> </Text>
    );
  }
  return <WithCursor text={value} cursor={cursor} />;
}

function WithCursor({ text, cursor }: { text: string; cursor?: number }) {
  if (cursor === undefined) return <Text>{text || ' '}</Text>;
  return (
    <Text>
      {text.slice(0, cursor)}
      <Text inverse>{text[cursor] ?? ' '}</Text>
      {text.slice(cursor + 1)}
    </Text>
  );
}
