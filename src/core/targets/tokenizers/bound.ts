// Upper bounds for targets whose vocabulary is not public (Claude, Nova, Tekken, Qwen, DeepSeek):
// the text is cut into runs of one script class and each run gets a bound that holds for every real
// vocabulary we could measure (tests/targets/tokens-bound.test.ts), with the margins in README.md.
import type { EstimateProfile } from '../types.js';

/** Tokens per character by class; 'bytes' = one per UTF-8 byte, the hard ceiling of byte-level BPE. */
interface Rates {
  digit: number;
  cjk: number;
  rtl: number;
}

/**
 * general: digits one each (Gemma 3, Tekken and Qwen split numbers into single digits: o200k-based
 * estimates were 0.37x there); CJK and Hangul 1.5 per character; Arabic/Hebrew 1.2 per character.
 * claude: Claude 3 was measured 25-42% above the old estimate on Arabic, Hebrew and Korean, so 2 per
 * CJK/Hangul character and 1.5 per RTL character.
 */
const PROFILES: Record<EstimateProfile, Rates> = {
  general: { digit: 1, cjk: 1.5, rtl: 1.2 },
  claude: { digit: 1, cjk: 2, rtl: 1.5 },
};

type ScriptClass = 'digit' | 'cjk' | 'rtl' | 'symbol' | 'other';

// The symbol class lists ZWJ and VS16 on purpose: they join emoji sequences into one run.
const CLASS_PATTERN =
  // eslint-disable-next-line no-misleading-character-class
  /(?<digit>[0-9]+)|(?<cjk>[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]+)|(?<rtl>[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]+)|(?<symbol>[\p{Extended_Pictographic}\p{Emoji_Component}\p{So}\u200D\uFE0F\u{E0020}-\u{E007F}]+)/gu;

interface Run {
  kind: ScriptClass;
  text: string;
}

/** Splits text into runs of one class; everything not matched is 'other'. */
function scriptRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  CLASS_PATTERN.lastIndex = 0;
  for (let m = CLASS_PATTERN.exec(text); m; m = CLASS_PATTERN.exec(text)) {
    if (m.index > last) runs.push({ kind: 'other', text: text.slice(last, m.index) });
    const groups = m.groups ?? {};
    const kind = (['digit', 'cjk', 'rtl', 'symbol'] as const).find((k) => groups[k] !== undefined)!;
    runs.push({ kind, text: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ kind: 'other', text: text.slice(last) });
  return runs;
}

/**
 * The bound: per run, digits x rate, CJK/RTL characters x rate (never below bytes / 3), symbols and
 * emoji one per UTF-8 byte, other text max(bytes / 3, o200k count x margin).
 */
export function boundTokens(text: string, countO200k: (text: string) => number, margin: number, profile: EstimateProfile = 'general'): number {
  if (!text) return 0;
  const rates = PROFILES[profile];
  let total = 0;
  for (const run of scriptRuns(text)) {
    const bytes = Buffer.byteLength(run.text, 'utf8');
    const chars = [...run.text].length;
    if (run.kind === 'digit') total += Math.ceil(chars * rates.digit);
    else if (run.kind === 'cjk' || run.kind === 'rtl') total += Math.ceil(Math.max(chars * rates[run.kind], bytes / 3));
    else if (run.kind === 'symbol') total += bytes;
    else total += Math.max(Math.ceil(bytes / 3), Math.ceil(countO200k(run.text) * margin));
  }
  return total;
}
