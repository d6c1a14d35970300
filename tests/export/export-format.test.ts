import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/core/export/csv.js';
import { sanitizeName, uniqueName } from '../../src/core/export/names.js';
import { summarizeTokens } from '../../src/core/export/stats.js';

describe('CSV metadata', () => {
  it('neutralizes cells a spreadsheet would run as formulas', () => {
    for (const danger of ['=HYPERLINK("x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd']) {
      expect(csvCell(danger).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('plain text')).toBe('plain text');
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"\nbye']])).toBe('a,b\r\n"x, y","say ""hi""\nbye"\r\n');
  });
});

describe('dataset names', () => {
  it('removes path separators, parent references and control characters', () => {
    expect(sanitizeName('../../etc/passwd')).toBe('etc_passwd');
    expect(sanitizeName('my data\\set:v2')).toBe('my_data_set_v2');
    expect(sanitizeName('..')).toBe('dataset');
    expect(sanitizeName('ok\u0000name')).toBe('okname');
  });

  it('finds the next free name', () => {
    const taken = new Set(['a', 'a_2']);
    expect(uniqueName('a', (n) => taken.has(n))).toBe('a_3');
    expect(uniqueName('b', (n) => taken.has(n))).toBe('b');
  });
});

describe('token summary', () => {
  it('computes totals, percentiles and a histogram that covers every sample', () => {
    const lengths = Array.from({ length: 100 }, (_, i) => i + 1);
    const s = summarizeTokens(lengths, true);
    expect(s).toMatchObject({ total: 5050, min: 1, max: 100, mean: 51, median: 51, p90: 91, exact: true });
    expect(s.histogram.reduce((n, b) => n + b.count, 0)).toBe(100);
  });
});
