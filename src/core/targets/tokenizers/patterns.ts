// Pre-tokenization patterns of tiktoken (o200k_base, cl100k_base) and Meta's Llama 3 tokenizer,
// rewritten for JavaScript. The originals run on Rust's regex, where \s is Unicode White_Space:
// it includes U+0085 and excludes U+FEFF, the opposite of JavaScript's \s. So \s is spelled out.
// (?i:'s|...) becomes explicit case classes; Rust's case folding also maps ſ (U+017F) to s.

const WS = String.raw`\t-\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000`;
const s = `[${WS}]`;
const notS = `[^${WS}]`;
const notSLN = `[^${WS}\\p{L}\\p{N}]`;
const contraction = String.raw`'(?:[sSſ]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD])`;

const O200K = [
  String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?:${contraction})?`,
  String.raw`[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?:${contraction})?`,
  String.raw`\p{N}{1,3}`,
  ` ?${notSLN}+[\\r\\n/]*`,
  `${s}*[\\r\\n]+`,
  `${s}+(?!${notS})`,
  `${s}+`,
].join('|');

// cl100k's contraction group is (?i:[sdmt]|ll|ve|re) right after the apostrophe; same set.
const CL100K = [
  contraction,
  String.raw`[^\r\n\p{L}\p{N}]?\p{L}+`,
  String.raw`\p{N}{1,3}`,
  ` ?${notSLN}+[\\r\\n]*`,
  `${s}+$`,
  `${s}*[\\r\\n]`,
  `${s}+(?!${notS})`,
  s,
].join('|');

const LLAMA3 = [
  contraction,
  String.raw`[^\r\n\p{L}\p{N}]?\p{L}+`,
  String.raw`\p{N}{1,3}`,
  ` ?${notSLN}+[\\r\\n]*`,
  `${s}*[\\r\\n]+`,
  `${s}+(?!${notS})`,
  `${s}+`,
].join('|');

export const SPLIT_PATTERNS = {
  o200k_base: new RegExp(O200K, 'gu'),
  cl100k_base: new RegExp(CL100K, 'gu'),
  llama3: new RegExp(LLAMA3, 'gu'),
} as const;
