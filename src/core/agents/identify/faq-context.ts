// Whether a document or section presents itself as an FAQ: lowers the bar for numbered entries whose
// titles are statements ("compress() returns Z_BUF_ERROR.") rather than questions.
import type { DocLine } from './doc-lines.js';

export const FAQ_TITLE = new RegExp(
  [
    String.raw`\bFAQs?\b|frequently asked questions|common questions|questions (?:and|&) answers|\bQ\s?&\s?A\b`,
    'preguntas (?:más )?frecuentes|foire aux questions|questions fréquentes|häufig gestellte fragen|häufige fragen|domande frequenti',
    'perguntas (?:mais )?frequentes|veelgestelde vragen|często zadawane pytania|часто задаваемые вопросы|常见问题|常見問題|よくある質問',
    '자주 묻는 질문|الأسئلة الشائعة',
  ].join('|'),
  'i',
);

const FRONT_MATTER_TITLE = /^\s*(?:title|linktitle)\s*:\s*(.+)$/i;
// "faq.md", "ProjectFaq-About.txt", "docs/faq/_index.md", "preguntas-frecuentes.docx".
const FAQ_FILE = /faq|frequently|preguntas|常见问题|常見問題|よくある質問/i;

/**
 * True when the document names itself an FAQ: one of its first lines (its title area), its front
 * matter title ("title: FAQ"), or its file name.
 */
export function documentIsFaq(lines: readonly DocLine[], file = '', titleLines = 12): boolean {
  if (FAQ_FILE.test(file.split('/').pop() ?? '')) return true;
  const frontTitle = lines.some((l) => l.kind === 'front-matter' && FAQ_TITLE.test(FRONT_MATTER_TITLE.exec(l.text)?.[1] ?? ''));
  return (
    frontTitle ||
    lines
      .filter((l) => l.kind !== 'blank' && l.kind !== 'front-matter')
      .slice(0, titleLines)
      .some((l) => FAQ_TITLE.test(l.heading ?? l.text))
  );
}

// Titles that state a problem the answer solves: "zsh: no matches found", "I can't unsubscribe",
// "Strange colors in console output.", "undefined reference to __cpu_model", "找不到 Vulkan" — entries
// of a document that is an FAQ. Error words in English, and the common ones of the languages FAQ_TITLE
// knows (German, French, Spanish, Portuguese, Italian, Dutch, Russian, Chinese, Japanese, Korean, Arabic).
const PROBLEM = new RegExp(
  [
    String.raw`\b(?:can't|cannot|can not|couldn't|don't|doesn't|won't|isn't|aren't|not|no|never|fails?|failed|failing|errors?|unable|broken|wrong|incorrect|missing|strange|unexpected|crash(?:es|ed)?|hangs?|freez(?:es|ing)|stuck|slow|undefined|unrecognized|unknown|invalid|unsupported|denied|conflicts?|timed? ?out)\b|^I\b|\S:\s`,
    // \b only knows ASCII words: letter lookarounds bound the non-English words.
    String.raw`(?<!\p{L})(?:fehler|funktioniert nicht|kein(?:e|en)?|erreur|impossible|ne fonctionne pas|no funciona|falla|erro|não|errore|non funziona|fout|werkt niet|ошибка|не работает|не удается|нет)(?!\p{L})`,
    '找不到|无法|不能|失败|错误|报错|冲突|异常|崩溃|不支持|エラー|できない|失敗|오류|안 됨|실패|خطأ|لا يعمل',
  ].join('|'),
  'iu',
);

export function looksLikeProblem(title: string): boolean {
  return PROBLEM.test(title);
}

/** True when the nearest real heading (level 1-6) above line `index` names an FAQ section. */
export function underFaqHeading(lines: readonly DocLine[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines[i];
    if (line.kind === 'heading' && (line.level ?? 1) <= 6) return FAQ_TITLE.test(line.heading ?? '');
  }
  return false;
}

/** Share of titles that are questions needed before a numbered list is read as an FAQ. */
export function questionShareNeeded(isFaq: boolean): number {
  return isFaq ? 0.25 : 0.5;
}
