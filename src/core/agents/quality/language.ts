// A cheap language guess (writing system, then stopwords for Latin-script languages), good enough to
// catch a sample written in another language than its source. It answers "unsure" rather than guess.

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'han' | 'kana' | 'hangul' | 'devanagari' | 'thai';

export interface LanguageGuess {
  script: Script;
  /** ISO 639-1 code when the guess is confident, else undefined (the script alone is known). */
  language?: string;
}

const SCRIPTS: Array<[Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['han', /\p{Script=Han}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
  ['thai', /\p{Script=Thai}/gu],
];

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = { greek: 'el', hebrew: 'he', hangul: 'ko', thai: 'th' };

// Frequent function words per language, shared ones included: the scores compare whole profiles.
const STOPWORDS: Record<string, Set<string>> = {
  en: new Set('the of and to a in is it you that for on are with as this be at have from or by not but what can your which will do does how an they was if'.split(' ')),
  fr: new Set('le la les de des du et est un une en que qui pour dans pas sur au aux avec ce cette sont il elle nous vous mais ou par ne se à d l plus'.split(' ')),
  de: new Set('der die das und ist nicht ein eine zu den mit sich des auf für im dem von sie es wie auch oder werden wird kann sind ich einer bei nach aus zum zur'.split(' ')),
  es: new Set('el la los las de del y en es un una que por con para se no lo como su al más pero sus qué cómo está son muy hay le o'.split(' ')),
  it: new Set('il lo la le gli di del della che è e per un una non sono con si come da nel alla anche più questo cosa perché delle degli ma in'.split(' ')),
  pt: new Set('o a os as de do da dos das que e em um uma para com não é no na se por mais ao como são você isso pelo pela mas'.split(' ')),
  nl: new Set('de het een en van is dat op te in zijn niet voor met die er aan ook als bij wat hoe worden kan wordt naar deze ik je we'.split(' ')),
};

const MIN_LETTERS = 20;
const MIN_HITS = 4;

function dominantScript(text: string): { script: Script; counts: Map<Script, number> } | undefined {
  const counts = new Map<Script, number>();
  let total = 0;
  for (const [script, pattern] of SCRIPTS) {
    const n = text.match(pattern)?.length ?? 0;
    counts.set(script, n);
    total += n;
  }
  if (total < MIN_LETTERS) return undefined;
  // Japanese mixes Han and kana: any real amount of kana makes it kana.
  const kana = counts.get('kana') ?? 0;
  const han = counts.get('han') ?? 0;
  if (kana > 0 && kana >= 0.1 * (kana + han) && (kana + han) / total > 0.5) return { script: 'kana', counts };
  let best: Script = 'latin';
  for (const [script] of SCRIPTS) if ((counts.get(script) ?? 0) > (counts.get(best) ?? 0)) best = script;
  return (counts.get(best) ?? 0) / total >= 0.6 ? { script: best, counts } : undefined;
}

function latinLanguage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(STOPWORDS).map(([language, set]) => [language, words.filter((w) => set.has(w)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (best[1] < MIN_HITS || best[1] < 0.08 * words.length || best[1] < 1.5 * second[1]) return undefined;
  return best[0];
}

/** undefined when there is too little text to tell. */
export function detectLanguage(text: string): LanguageGuess | undefined {
  const found = dominantScript(text);
  if (!found) return undefined;
  const { script } = found;
  if (script === 'latin') return { script, language: latinLanguage(text) };
  if (script === 'kana') return { script, language: 'ja' };
  if (script === 'han') return { script, language: 'zh' };
  return { script, language: SCRIPT_LANGUAGE[script] };
}

/** False only when both guesses are confident and differ (unknown never counts as a mismatch). */
export function languagesMatch(a: LanguageGuess | undefined, b: LanguageGuess | undefined): boolean {
  if (!a || !b) return true;
  const cjk = (s: Script) => s === 'han' || s === 'kana';
  if (a.script !== b.script && !(cjk(a.script) && cjk(b.script))) return false;
  if (a.language && b.language) return a.language === b.language;
  return true;
}
