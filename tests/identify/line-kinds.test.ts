import { describe, expect, it } from 'vitest';
import { buildDocLines } from '../../src/core/agents/identify/doc-lines.js';
import { classifyLines } from '../../src/core/agents/identify/line-kinds.js';

describe('classifyLines', () => {
  it('knows front matter, setext and ATX headings, fences and separators', () => {
    const lines = ['---', 'title: x', '---', '', 'Intro', '=====', '', '## Why? ##', '```', '# comment', '```', '', '***', 'User: hi', '---'];
    expect(classifyLines(lines).map((c) => c.kind)).toEqual([
      'front-matter', 'front-matter', 'front-matter', 'blank', 'heading', 'underline', 'blank',
      'heading', 'fence', 'code', 'fence', 'blank', 'separator', 'text', 'separator',
    ]);
    expect(classifyLines(lines)[7]).toMatchObject({ level: 2, heading: 'Why?' });
  });
});

describe('buildDocLines', () => {
  it('joins sections with a blank line and drops a page-number footer', () => {
    const lines = buildDocLines([
      { text: 'Answer starts\n7', location: 'page 1' },
      { text: 'and ends', location: 'page 2' },
    ]);
    expect(lines.map((l) => [l.text, l.section, l.lineNo])).toEqual([
      ['Answer starts', 'page 1', 1],
      ['', 'page 2', 0],
      ['and ends', 'page 2', 1],
    ]);
  });
});
