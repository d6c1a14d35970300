// "Q:"/"A:", "Question:"/"Answer:" and bold "**Question**:"/"**Answer**:" pairs, also with the label
// words of other languages ("Frage:"/"Antwort:", "Pregunta:"/"Respuesta:", "Вопрос:"/"Ответ:", "问："/"答：").
// Each question directly followed by an answer is one single-exchange sample; a question with no
// answer (a questionnaire) yields nothing.
import type { Detection, LineDetector } from './detection.js';
import { pairDetection } from './detection.js';
import type { Label } from './labelled-blocks.js';
import { scanLabelledRuns } from './labelled-blocks.js';
import { isQuestion, normalizeLines } from './normalize.js';

// Longest first, so "Question" is not read as "Q" plus text.
const byLength = (words: string[]) => words.sort((a, b) => b.length - a.length);
const QUESTION_WORDS = byLength(
  'q question questions frage pregunta pergunta domanda vraag pytanie вопрос в 问 問 问题 問題 질문 質問 سؤال س'.split(' '),
);
const ANSWER_WORDS = byLength(
  'a answer answers antwort respuesta resposta risposta réponse reponse antwoord odpowiedź ответ о 答 回答 답 답변 جواب ج r'.split(' '),
);

const BOLD = String.raw`(?:\*\*|__)?`;
const QA_COLON = new RegExp(
  String.raw`^\s*(?:[-*>]\s+)?${BOLD}\s*(${[...QUESTION_WORDS, ...ANSWER_WORDS].join('|')})(?:\s*\d{1,3})?\s*${BOLD}\s*[:：]\s*${BOLD}\s*(.*)$`,
  'iu',
);
const QA_DOT = new RegExp(String.raw`^\s*(?:[-*>]\s+)?${BOLD}\s*([QA])(?:\s*\d{1,3})?\.\s*${BOLD}\s+(.*)$`);

function parseQaLabel(line: string): Label | null {
  const match = QA_COLON.exec(line) ?? QA_DOT.exec(line);
  if (!match) return null;
  const kind = QUESTION_WORDS.includes(match[1].toLowerCase()) ? 'Q' : 'A';
  return { label: kind, rest: match[2] };
}

export const detectQaLabels: LineDetector = (lines) => {
  const out: Detection[] = [];
  for (const run of scanLabelledRuns(lines, { parseLabel: parseQaLabel })) {
    for (let i = 0; i + 1 < run.length; i++) {
      const [q, a] = [run[i], run[i + 1]];
      if (q.label !== 'Q' || a.label !== 'A') continue;
      const question = normalizeLines(q.lines);
      const detection = pairDetection(question, normalizeLines(a.lines), {
        start: q.start,
        end: a.end,
        shape: 'qa-labels',
        confidence: isQuestion(question) ? 0.95 : 0.85,
      });
      if (detection) out.push(detection);
      i++;
    }
  }
  return out;
};
