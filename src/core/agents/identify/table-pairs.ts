// Tables whose header names a question column and an answer column: question/answer,
// Question/Best Answer (TruthfulQA), prompt/response, prompt/completion, instruction/output,
// input/output. Each row with both cells filled is one single-exchange sample ("row 5").
// An "input" column beside "instruction" is appended to the instruction (Alpaca style); a "system"
// column becomes the system prompt.
import type { Table } from '../../ingest/types.js';
import type { Conversation } from '../../types.js';
import { tidyTurns } from './detection.js';
import { normalizeText } from './normalize.js';

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

export function detectTablePairs(table: Table): TableDetection[] {
  const keys = table.headers.map(headerKey);
  const column = (names: string[]) => {
    for (const name of names) {
      const index = keys.indexOf(name);
      if (index >= 0) return index;
    }
    return -1;
  };
  const question = column(QUESTION_COLUMNS);
  const answer = column(ANSWER_COLUMNS);
  if (question < 0 || answer < 0 || question === answer) return [];
  const extraInput = keys[question] === 'instruction' ? keys.indexOf('input') : -1;
  const system = keys.indexOf('system');

  const out: TableDetection[] = [];
  table.rows.forEach((row, i) => {
    const cell = (index: number) => (index >= 0 ? normalizeText(row[index] ?? '') : '');
    const user = [cell(question), cell(extraInput)].filter(Boolean).join('\n\n');
    const turns = tidyTurns([
      { role: 'user', content: user },
      { role: 'assistant', content: cell(answer) },
    ]);
    if (turns.length !== 2) return;
    const rowNumber = table.rowNumbers?.[i] ?? i + 1;
    const systemText = cell(system);
    out.push({
      conversation: { ...(systemText ? { system: systemText } : {}), turns },
      location: table.location ? `${table.location}, row ${rowNumber}` : `row ${rowNumber}`,
      confidence: 0.95,
    });
  });
  return out;
}
