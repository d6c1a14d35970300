// Editing one line of text key by key. Ink hands a handler everything between two escape sequences
// as one `input` string: a held Backspace over ssh or tmux arrives as "\x7f\x7f\x7f", a paste as
// the whole text, a fast typist as "ab\x7fc". ink-text-input inserted such a string as it was, DELs
// included; here every character of it is a key of its own, and control characters never get in.
import type { Key } from 'ink';
import { withoutControlCharacters } from '../../core/app/views.js';

export interface LineState {
  value: string;
  /** Position of the cursor in code units, 0..value.length. */
  cursor: number;
}

export interface LineEdit {
  state: LineState;
  /** An Enter was among the keys; what followed it in the same input is dropped. */
  submitted: boolean;
}

const BACKSPACES = new Set(['\u007f', '\b']);
const ENTERS = new Set(['\r', '\n']);

/** The line after one input event of Ink (`input` may hold several keys). */
export function editLine(state: LineState, input: string, key: Pick<Key, 'leftArrow' | 'rightArrow' | 'home' | 'end' | 'return' | 'backspace' | 'delete' | 'ctrl' | 'meta' | 'tab' | 'upArrow' | 'downArrow' | 'escape'>): LineEdit {
  if (key.leftArrow) return unchanged({ ...state, cursor: Math.max(0, state.cursor - 1) });
  if (key.rightArrow) return unchanged({ ...state, cursor: Math.min(state.value.length, state.cursor + 1) });
  if (key.home) return unchanged({ ...state, cursor: 0 });
  if (key.end) return unchanged({ ...state, cursor: state.value.length });
  if (key.return) return { state, submitted: true };
  // Ink names a lone DEL "delete" and a lone BS "backspace", with an empty input: both erase backwards,
  // as the Backspace key sends either depending on the terminal.
  if ((key.backspace || key.delete) && input === '') return unchanged(eraseBefore(state));
  if (key.ctrl || key.escape || key.tab || key.upArrow || key.downArrow || (key.meta && input.length <= 1)) return unchanged(state);
  let next = state;
  for (const character of input) {
    if (ENTERS.has(character)) return { state: next, submitted: true };
    if (BACKSPACES.has(character)) next = eraseBefore(next);
    else next = insert(next, withoutControlCharacters(character, true));
  }
  return unchanged(next);
}

const unchanged = (state: LineState): LineEdit => ({ state, submitted: false });

function eraseBefore({ value, cursor }: LineState): LineState {
  if (cursor === 0) return { value, cursor };
  // Erase a whole surrogate pair (an emoji) rather than half of it.
  const width = cursor >= 2 && /[\udc00-\udfff]/.test(value[cursor - 1]) && /[\ud800-\udbff]/.test(value[cursor - 2]) ? 2 : 1;
  return { value: value.slice(0, cursor - width) + value.slice(cursor), cursor: cursor - width };
}

function insert({ value, cursor }: LineState, text: string): LineState {
  return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
}
