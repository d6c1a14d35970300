// Mammoth's HTML → plain text that keeps the structure a reader sees: Markdown-style headings and
// list markers, paragraphs separated by blank lines, table rows as "cell | cell" (and as Tables).
// A paragraph set wholly in bold (a question in an interview or FAQ) is written "**…**", as Markdown would.
import { tableFromGrid } from '../table-from-grid.js';
import type { Table } from '../types.js';

export interface HtmlText {
  text: string;
  tables: Table[];
}

const TOKEN = /<(\/?)([a-zA-Z0-9]+)([^>]*?)\/?>|([^<]+)/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

interface Block {
  /** Heading or list marker, e.g. "## " or "  - ". */
  prefix: string;
  text: string;
  /** List items and table rows follow each other without a blank line. */
  tight: boolean;
  /** Letters written inside and outside <strong>/<b>: a paragraph with only the first is bold. */
  bold?: number;
  plain?: number;
}

export function htmlToText(html: string): HtmlText {
  const blocks: Block[] = [];
  const tables: Table[] = [];
  const lists: { ordered: boolean; count: number }[] = [];
  const grids: string[][][] = [];
  const cells: string[][] = []; // open table cells, innermost last
  let current: Block | undefined;
  let skipDepth = 0; // inside a footnote marker or back-link
  let strongDepth = 0;

  const flush = (): void => {
    const text = current?.text.trim();
    const allBold = current?.prefix === '' && !current.plain && (current.bold ?? 0) > 0;
    if (current && text) blocks.push({ ...current, text: current.prefix + (allBold ? `**${text}**` : text) });
    current = undefined;
  };
  const write = (text: string): void => {
    if (skipDepth > 0) return;
    const cell = cells.at(-1);
    if (cell) return void cell.push(text);
    current ??= { prefix: '', text: '', tight: false };
    current.text += text;
    const letters = text.replace(/\s+/g, '').length;
    if (strongDepth > 0) current.bold = (current.bold ?? 0) + letters;
    else current.plain = (current.plain ?? 0) + letters;
  };
  const insideListItem = (): boolean => current?.tight === true && lists.length > 0;

  for (const match of html.matchAll(TOKEN)) {
    const [, closing, rawTag, attrs, text] = match;
    if (text !== undefined) {
      write(decodeEntities(text));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (tag === 'strong' || tag === 'b') strongDepth = Math.max(0, strongDepth + (closing ? -1 : 1));
    else if (tag === 'a') {
      if (!closing && /href="#(foot|end)note-/.test(attrs)) skipDepth++;
      else if (closing && skipDepth > 0) skipDepth--;
    } else if (tag === 'br') write('\n');
    else if (grids.length > 0 && tag !== 'table' && tag !== 'tr' && tag !== 'td' && tag !== 'th') {
      if (/^(p|li|ul|ol|h[1-6])$/.test(tag)) write(' '); // block edges inside a cell separate words
    } else if (tag === 'p' && insideListItem()) {
      if (closing) write(' ');
    } else if (/^h[1-6]$/.test(tag) || tag === 'p') {
      flush();
      if (!closing && tag !== 'p') current = { prefix: '#'.repeat(Number(tag[1])) + ' ', text: '', tight: false };
    } else if (tag === 'ul' || tag === 'ol') {
      flush();
      if (closing) lists.pop();
      else lists.push({ ordered: tag === 'ol', count: 0 });
    } else if (tag === 'li') {
      flush();
      const list = lists.at(-1);
      if (!closing && list) {
        list.count++;
        const marker = list.ordered ? `${list.count}. ` : '- ';
        current = { prefix: '  '.repeat(lists.length - 1) + marker, text: '', tight: true };
      }
    } else if (tag === 'table') {
      if (!closing) {
        flush();
        grids.push([]);
      } else {
        const grid = grids.pop() ?? [];
        if (grids.length === 0) finishTable(grid, blocks, tables);
        else cells.at(-1)?.push(' ' + grid.map((row) => row.filter(Boolean).join(' | ')).join('; ') + ' ');
      }
    } else if (tag === 'tr' && !closing) grids.at(-1)?.push([]);
    else if (tag === 'td' || tag === 'th') {
      if (!closing) cells.push([]);
      else {
        const cell = cells.pop() ?? [];
        grids.at(-1)?.at(-1)?.push(cell.join('').replace(/\s+/g, ' ').trim());
      }
    }
  }
  flush();
  return { text: joinBlocks(blocks), tables };
}

function finishTable(grid: string[][], blocks: Block[], tables: Table[]): void {
  for (const row of grid) {
    const line = row.filter(Boolean).join(' | ');
    if (line) blocks.push({ prefix: '', text: line, tight: true });
  }
  blocks.push({ prefix: '', text: '', tight: false });
  const table = tableFromGrid(grid, `table ${tables.length + 1}`);
  if (table && table.rows.length > 0) tables.push(table);
}

function joinBlocks(blocks: Block[]): string {
  let out = '';
  let prevTight = false;
  for (const block of blocks) {
    if (!block.text) {
      prevTight = false;
      continue;
    }
    if (out) out += block.tight && prevTight ? '\n' : '\n\n';
    out += block.text;
    prevTight = block.tight;
  }
  return out;
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
