// How plausible a legacy code-page decoding looks: letters of one script in words of that script,
// with the letter frequencies and capitalisation of real text, beat symbols and mixed-script words.

// Russian letter frequency per mille (Ukrainian/Belarusian extras given modest weights).
const CYRILLIC_FREQ: Record<string, number> = {
  о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30,
  п: 28, у: 26, я: 20, ы: 19, ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7, ю: 6,
  ц: 5, щ: 4, э: 3, ф: 3, ъ: 0.4, ё: 0.4, і: 8, ї: 1, є: 1, ґ: 0.5, ў: 0.5,
};

const COMMON_PUNCTUATION = new Set([...'“”‘’„«»–—…•€£¥©®°±§¶·×÷№\u00a0']);

const isAsciiLetter = (ch: string): boolean => /[A-Za-z]/.test(ch);
const isCyrillic = (ch: string): boolean => ch >= '\u0400' && ch <= '\u04ff';
const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

export function legacyScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch.charCodeAt(0) < 0x80) continue;
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (isCyrillic(ch)) score += cyrillicScore(ch, prev, next);
    else if (isLetter(ch)) score += latinScore(prev, next);
    else if (COMMON_PUNCTUATION.has(ch)) score += 1;
    else score -= 3; // box drawing, C1 controls, rare symbols: what a wrong code page produces
  }
  return score;
}

function cyrillicScore(ch: string, prev: string, next: string): number {
  if (isAsciiLetter(prev) || isAsciiLetter(next)) return -4; // Cyrillic inside a Latin word
  const freq = CYRILLIC_FREQ[ch.toLowerCase()] ?? 1;
  let score = Math.log(freq / 20);
  if (isUpper(ch) && isCyrillic(prev) && isLower(prev)) score -= 3; // "сЛОВО": capital after a small letter
  return score;
}

function latinScore(prev: string, next: string): number {
  // Accented letters sit among plain ones ("Café", "über"); runs of them ("ÎäíàæäûÎ") mean Cyrillic bytes.
  if (isAsciiLetter(prev) || isAsciiLetter(next)) return 2;
  if (isLetter(prev) && isLetter(next)) return -1;
  return 0.5;
}
