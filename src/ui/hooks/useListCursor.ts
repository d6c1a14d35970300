// Cursor and visible window over a long list (↑↓ j/k, PgUp/PgDn, Home/End). Several keys can arrive
// in one input chunk (a held arrow, a script, "Down Enter"), and Ink calls the handlers before React
// re-renders: so the cursor lives in a ref that each key updates at once, and handlers read
// `currentIndex()` rather than the rendered `index`.
import { useKeys } from './useKeys.js';
import { useRef, useState } from 'react';

interface Cursor {
  index: number;
  start: number;
}

function moveCursor(cursor: Cursor, delta: number, length: number, limit: number, wrap = false): Cursor {
  const last = Math.max(0, length - 1);
  let index = cursor.index + delta;
  if (wrap && length > 0 && Math.abs(delta) === 1) index = (index + length) % length;
  index = Math.min(last, Math.max(0, index));
  let start = Math.min(cursor.start, index);
  if (index >= start + limit) start = index - limit + 1;
  start = Math.max(0, Math.min(start, Math.max(0, length - limit)));
  return { index, start };
}

export function useListCursor(length: number, limit: number, isActive = true, options: { initialIndex?: number; wrap?: boolean } = {}) {
  const ref = useRef<Cursor>(moveCursor({ index: 0, start: 0 }, options.initialIndex ?? 0, length, limit));
  const [, setRendered] = useState<Cursor>(ref.current);
  const move = (delta: number, wrap = false) => {
    const next = moveCursor(ref.current, delta, length, limit, wrap);
    if (next.index === ref.current.index && next.start === ref.current.start) return;
    ref.current = next;
    setRendered(next);
  };
  useKeys(
    (input, key) => {
      if (key.upArrow || input === 'k') move(-1, options.wrap);
      else if (key.downArrow || input === 'j') move(1, options.wrap);
      else if (key.pageUp) move(-limit);
      else if (key.pageDown) move(limit);
      else if (key.home) move(-length);
      else if (key.end) move(length);
    },
    { isActive },
  );
  // The list may have shrunk since the last key (a reload, another tab): keep the cursor inside it.
  if (ref.current.index > Math.max(0, length - 1) || ref.current.start > Math.max(0, length - limit)) {
    ref.current = moveCursor(ref.current, 0, length, limit);
  }
  const { index, start } = ref.current;
  return {
    index,
    start,
    end: Math.min(length, start + limit),
    currentIndex: () => ref.current.index,
    reset: () => move(-length),
    moveTo: (target: number) => move(target - ref.current.index),
  };
}
