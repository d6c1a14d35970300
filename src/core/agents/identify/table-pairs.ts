// Tables whose header names a question column and an answer column: question/answer,
// Question/Best Answer (TruthfulQA), prompt/response, prompt/completion, instruction/output,
// input/output. Each row with both cells filled is one single-exchange sample ("row 5").
// An "input" column beside "instruction" is appended to the instruction (Alpaca style); a "system"
// column becomes the system prompt. When no header names them, the cells decide (table-columns.ts),
// several language pairs per row included.
import type { Table } from '../../ingest/types.js';
import type { Conversation } from '../../types.js';
import { tidyTurns } from './detection.js';
import { normalizeText } from './normalize.js';
import { type ColumnPair, pairColumnsByContent } from './table-columns.js';

// In order of preference: the first header present wins.
const QUESTION_COLUMNS = ['question', 'questions', 'q', 'prompt', 'instruction', 'query', 'input', 'user', 'human'];
const ANSWER_COLUMNS = ['answer', 'best answer', 'answers', 'a', 'response', 'completion', 'output', 'reply', 'assistant', 'bot'];

export interface TableDetection {
  conversation: Conversation;
  location: string;
  confidence: number;
}

const headerKey = (header: string) =>
  header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The question/answer columns the headers name, if they name both. */
function pairByHeaders(keys: readonly string[]): ColumnPair | undefined {
  const column = (names: string[]) => {
    for (const name of names) {
      const index = keys.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const question = column(QUESTION_COLUMNS);
  const answer = column(ANSWER_COLUMNS);
  return question < 0 || answer < 0 || question === answer ? undefined : { question, answer };
}

export function detectTablePairs(table: Table): TableDetection[] {
  const keys = table.headers.map(headerKey);
  const named = pairByHeaders(keys);
  const pairs = named ? [named] : pairColumnsByContent(table);
  const system = keys.indexOf('system');

  const out: TableDetection[] = [];
  table.rows.forEach((row, i) => {
    const cell = (index: number) => (index >= 0 ? normalizeText(row[index] ?? '') : '');
    const rowNumber = table.rowNumbers?.[i] ?? i + 1;
    const systemText = cell(system);
    for (const { question, answer } of pairs) {
      const extraInput = keys[question] === 'instruction' ? keys.indexOf('input') : -1;
      const user = [cell(question), cell(extraInput)].filter(Boolean).join('\n\n');
      const turns = tidyTurns([
        { role: 'user', content: user },
        { role: 'assistant', content: cell(answer) },
      ]);
      if (turns.length !== 2) continue;
      // One row can hold a pair per language: the column names keep their locations apart.
      const columns = pairs.length > 1 ? `, ${table.headers[question]} → ${table.headers[answer]}` : '';
      const where = `row ${rowNumber}${columns}`;
      out.push({
        conversation: { ...(systemText ? { system: systemText } : {}), turns },
        location: table.location ? `${table.location}, ${where}` : where,
        confidence: named ? 0.95 : 0.85,
      });
    }
  });
  return out;
}
