// Which columns of a table hold questions and which hold their answers, decided by the cells
// when the headers name neither (`id,q_en,q_fr,a_en,a_fr`, `Frage,Antwort`, `col1,col2`):
// a question column is one whose filled cells mostly ask (a "?" or "？"); its answer column is a
// column of longer cells that mostly do not ask. Several question columns are paired per language
// when the headers carry a language tag (`q_en` with `a_en`), otherwise in column order.
// A glossary (term → definition) has no asking column, so it gives nothing.
import type { Table } from '../../ingest/types.js';
import { isQuestion } from './normalize.js';

export interface ColumnPair {
  question: number;
  answer: number;
}

// Share of a column's filled cells that must ask for it to be a question column; answer cells may
// ask back now and then ("Is it reliable? Yes…"), but a column that asks as often is not answers.
const QUESTION_SHARE = 0.7;
const ANSWER_QUESTION_SHARE = 0.3;
// Answers are longer than their questions on average; equal lengths look like a translation table.
const ANSWER_LENGTH_RATIO = 1.3;
const MIN_ROWS = 2;

interface ColumnStats {
  index: number;
  filled: number;
  asking: number;
  meanLength: number;
  language: string;
}

// `q_en`, `answer-fr`, `Question (DE)`: a trailing two- or three-letter word is a language tag.
function languageTag(header: string): string {
  const words = header.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const last = words.length > 1 ? words[words.length - 1] : '';
  return /^\p{L}{2,3}$/u.test(last) ? last : '';
}

function columnStats(table: Table): ColumnStats[] {
  return table.headers.map((header, index) => {
    const cells = table.rows.map((row) => (row[index] ?? '').trim()).filter(Boolean);
    const total = cells.reduce((n, c) => n + c.length, 0);
    return {
      index,
      filled: cells.length,
      asking: cells.filter((c) => isQuestion(c)).length,
      meanLength: cells.length ? total / cells.length : 0,
      language: languageTag(header),
    };
  });
}

export function pairColumnsByContent(table: Table): ColumnPair[] {
  if (table.rows.length < MIN_ROWS) return [];
  const stats = columnStats(table);
  const enough = (s: ColumnStats) => s.filled >= MIN_ROWS && s.filled >= table.rows.length / 2;
  const questions = stats.filter((s) => enough(s) && s.asking / s.filled >= QUESTION_SHARE);
  if (!questions.length) return [];
  const shortest = Math.min(...questions.map((s) => s.meanLength));
  const answers = stats.filter(
    (s) =>
      enough(s) &&
      !questions.includes(s) &&
      s.asking / s.filled <= ANSWER_QUESTION_SHARE &&
      s.meanLength >= ANSWER_LENGTH_RATIO * shortest,
  );
  const languages = new Set(questions.map((q) => q.language));
  const byLanguage = questions.length > 1 && !languages.has('') && languages.size === questions.length;
  const pairs: ColumnPair[] = [];
  const used = new Set<number>();
  for (const question of questions) {
    const answer = byLanguage
      ? answers.find((a) => a.language === question.language)
      : answers.find((a) => !used.has(a.index) && a.meanLength >= ANSWER_LENGTH_RATIO * question.meanLength);
    if (!answer || used.has(answer.index)) continue;
    used.add(answer.index);
    pairs.push({ question: question.index, answer: answer.index });
  }
  return pairs;
}
