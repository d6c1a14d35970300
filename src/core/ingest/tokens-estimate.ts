// A tokenizer-free token estimate: ~4 characters or ~0.75 words per token for alphabetic scripts,
// about one token per character for CJK (where 4 characters per token would badly undercount).
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]/g;

export function estimateTokens(text: string): number {
  if (!text) return 0;
  const cjk = text.match(CJK)?.length ?? 0;
  const rest = cjk > 0 ? text.replace(CJK, ' ') : text;
  const words = rest.split(/\s+/).filter(Boolean).length;
  return Math.ceil(cjk + Math.max(rest.trim().length / 4, words * 1.33));
}
