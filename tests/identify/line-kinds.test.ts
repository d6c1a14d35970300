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

  it('nests WordPress readme headings by fewer "=" and MediaWiki ones by more', () => {
    const readme = ['=== Plugin ===', '== Frequently Asked Questions ==', '= Does it work? =', 'Yes.'];
    expect(classifyLines(readme).map((c) => c.level)).toEqual([1, 2, 3, undefined]);
    const wiki = ['= Page =', '== FAQ ==', '=== Does it work? ===', 'Yes.'];
    expect(classifyLines(wiki).map((c) => c.level)).toEqual([1, 2, 3, undefined]);
  });

  it('reads AsciiDoc terms, continuations and listings when asked to', () => {
    const lines = ['[[editor]]', 'How do I set an editor?::', '\tSet `core.editor`.', '+', '----', 'export VISUAL=nano', '----'];
    expect(classifyLines(lines, { asciidoc: true }).map((c) => c.kind)).toEqual(['blank', 'heading', 'text', 'blank', 'fence', 'code', 'fence']);
    expect(classifyLines(lines, { asciidoc: true })[1]).toMatchObject({ level: 7, heading: 'How do I set an editor?' });
    expect(classifyLines(lines).map((c) => c.kind)).toEqual(['text', 'text', 'text', 'text', 'separator', 'text', 'separator']);
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
