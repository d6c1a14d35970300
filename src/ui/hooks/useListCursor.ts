// Cursor and visible window over a long list (↑↓, PgUp/PgDn, Home/End), kept in a reducer so
// fast key presses never act on stale state.
import { useInput } from 'ink';
import { useReducer } from 'react';

interface Cursor {
  index: number;
  start: number;
}

type Action = { type: 'move'; delta: number; length: number; limit: number } | { type: 'clamp'; length: number; limit: number };

function reducer(cursor: Cursor, action: Action): Cursor {
  const last = Math.max(0, action.length - 1);
  const index = Math.min(last, Math.max(0, action.type === 'move' ? cursor.index + action.delta : cursor.index));
  let start = Math.min(cursor.start, index);
  if (index >= start + action.limit) start = index - action.limit + 1;
  start = Math.max(0, Math.min(start, Math.max(0, action.length - action.limit)));
  return index === cursor.index && start === cursor.start ? cursor : { index, start };
}

export function useListCursor(length: number, limit: number, isActive = true) {
  const [cursor, dispatch] = useReducer(reducer, { index: 0, start: 0 });
  const move = (delta: number) => dispatch({ type: 'move', delta, length, limit });
  useInput(
    (input, key) => {
      if (key.upArrow || input === 'k') move(-1);
      else if (key.downArrow || input === 'j') move(1);
      else if (key.pageUp) move(-limit);
      else if (key.pageDown) move(limit);
      else if (key.home) move(-length);
      else if (key.end) move(length);
    },
    { isActive },
  );
  const index = Math.min(cursor.index, Math.max(0, length - 1));
  const start = Math.min(cursor.start, Math.max(0, length - limit));
  return { index, start, end: Math.min(length, start + limit), reset: () => dispatch({ type: 'move', delta: -length, length, limit }) };
}
