// A long line in a small field: the rows shown follow the cursor (expected rows worked out by hand).
import { describe, expect, it } from 'vitest';
import { lineWindow } from '../../src/ui/components/line-window.js';

describe('lineWindow', () => {
  it('shows the last rows when the cursor is at the end', () => {
    expect(lineWindow('abcdefghij', 10, 4, 2)).toEqual([{ text: 'efgh' }, { text: 'ij', cursor: 2 }]);
  });

  it('shows the first rows when the cursor is at the start', () => {
    expect(lineWindow('abcdefghij', 0, 4, 2)).toEqual([{ text: 'abcd', cursor: 0 }, { text: 'efgh' }]);
  });

  it('a line shorter than the field is one row, whatever the rows allowed', () => {
    expect(lineWindow('ab', 1, 10, 3)).toEqual([{ text: 'ab', cursor: 1 }]);
  });

  it('a cursor just past a full row sits on a row of its own', () => {
    expect(lineWindow('abcd', 4, 4, 1)).toEqual([{ text: '', cursor: 0 }]);
  });
});
