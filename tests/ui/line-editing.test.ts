// Issue 14 item 1: a burst of keys in one stdin read is edited key by key, and no control
// character gets into a field. Expected values written by hand.
import { describe, expect, it } from 'vitest';
import type { Key } from 'ink';
import { editLine } from '../../src/ui/components/line-editing.js';
import { eachKey } from '../../src/ui/hooks/useKeys.js';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};
const at = (value: string, cursor = value.length) => ({ value, cursor });

describe('editLine', () => {
  it('three DELs in one read erase three characters', () => {
    expect(editLine(at('100'), '\u007f\u007f\u007f', noKey)).toEqual({ state: at(''), submitted: false });
  });

  it('mixes characters and Backspaces (DEL and BS) in order', () => {
    expect(editLine(at('25'), 'ab\u007fc\bd', noKey).state).toEqual(at('25ad'));
  });

  it('inserts pasted text at the cursor; tabs become spaces, other control characters are dropped', () => {
    expect(editLine(at('You are support.', 8), 'Nimbus\t\u0000\u0007', noKey).state).toEqual(at('You are Nimbus support.', 15));
  });

  it('submits at an Enter inside the burst with what came before it', () => {
    expect(editLine(at('1'), '50\r99', noKey)).toEqual({ state: at('150'), submitted: true });
  });

  it('a single Backspace (Ink: backspace or delete with empty input) erases before the cursor, also a whole emoji', () => {
    expect(editLine(at('ab', 1), '', { ...noKey, delete: true }).state).toEqual(at('b', 0));
    expect(editLine(at('ok👍'), '', { ...noKey, backspace: true }).state).toEqual(at('ok'));
  });

  it('moves the cursor with arrows, Home and End; ignores Ctrl and Tab keys', () => {
    expect(editLine(at('abc'), '', { ...noKey, leftArrow: true }).state).toEqual(at('abc', 2));
    expect(editLine(at('abc', 0), '', { ...noKey, end: true }).state).toEqual(at('abc', 3));
    expect(editLine(at('abc'), 'u', { ...noKey, ctrl: true }).state).toEqual(at('abc'));
    expect(editLine(at('abc'), '\t', { ...noKey, tab: true }).state).toEqual(at('abc'));
  });
});

describe('eachKey (lists)', () => {
  it('calls the handler once per character of a burst, with Enter as a return key', () => {
    const seen: string[] = [];
    eachKey((input, key) => seen.push(key.return ? 'Enter' : input))('jj \r', noKey);
    expect(seen).toEqual(['j', 'j', ' ', 'Enter']);
  });
});
