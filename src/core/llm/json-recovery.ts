// Getting the JSON out of a text answer: weak and local models write "Here is the JSON: ```json {...}```"
// or a sentence before the object even in JSON mode. Tried in order: the whole text, the first fenced
// block anywhere, then the first balanced JSON object or array; only when all fail does the caller
// send the repair request.

export type Recovered = { ok: true; value: unknown; recovered: boolean } | { ok: false; problem: string };

const FENCE = /```[a-zA-Z0-9_-]*[ \t]*\r?\n?([\s\S]*?)```/g;

function tryParse(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}

/** Openings tried at most: each scan is linear, and a broken answer must not cost quadratic time. */
const MAX_STARTS = 20;

/** The first {...} or [...] from `from` whose brackets balance (strings and escapes respected). */
export function firstBalancedJson(text: string, from = 0): { start: number; end: number } | undefined {
  let tried = 0;
  for (let i = from; i < text.length && tried < MAX_STARTS; i++) {
    if (text[i] !== '{' && text[i] !== '[') continue;
    tried++;
    const end = balancedEnd(text, i);
    if (end !== undefined) return { start: i, end };
  }
  return undefined;
}

function balancedEnd(text: string, start: number): number | undefined {
  const stack: string[] = [];
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') stack.push(ch === '{' ? '}' : ']');
    else if (ch === '}' || ch === ']') {
      if (stack.pop() !== ch) return undefined;
      if (stack.length === 0) return i + 1;
    }
  }
  return undefined;
}

export function recoverJson(text: string): Recovered {
  const whole = tryParse(text.trim());
  if (whole.ok) return { ...whole, recovered: false };
  for (const match of text.matchAll(FENCE)) {
    const fenced = tryParse(match[1].trim());
    if (fenced.ok) return { ...fenced, recovered: true };
  }
  for (let from = 0; ; ) {
    const span = firstBalancedJson(text, from);
    if (!span) break;
    const candidate = tryParse(text.slice(span.start, span.end));
    if (candidate.ok) return { ...candidate, recovered: true };
    from = span.start + 1;
  }
  return { ok: false, problem: whole.problem };
}
