// Getting JSON out of answers written the way weak models write them.
import { describe, expect, it } from 'vitest';
import { firstBalancedJson, recoverJson } from '../../src/core/llm/json-recovery.js';

describe('recoverJson', () => {
  it('takes plain JSON as is', () => {
    expect(recoverJson(' {"a": 1} ')).toEqual({ ok: true, value: { a: 1 }, recovered: false });
  });

  it('takes the first fenced block that parses, anywhere in the text', () => {
    const text = 'Here is an example:\n```python\nprint("{")\n```\nand the JSON:\n```json\n{"conversations": []}\n```\nDone.';
    expect(recoverJson(text)).toEqual({ ok: true, value: { conversations: [] }, recovered: true });
  });

  it('finds the first balanced object, braces inside strings included', () => {
    const text = 'Sure! {"q": "what does } mean?", "n": [1, {"x": "]"}]} Anything else?';
    expect(recoverJson(text)).toMatchObject({ ok: true, value: { q: 'what does } mean?', n: [1, { x: ']' }] } });
    expect(firstBalancedJson('a {b} {"c": 1}')).toEqual({ start: 2, end: 5 });
  });

  it('skips a balanced span that is not JSON and takes the next one', () => {
    expect(recoverJson('Use {curly} braces: {"ok": true}')).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('fails with the parser’s problem when nothing is recoverable', () => {
    const result = recoverJson('{"conversations": [{"turns": "and then and then');
    expect(result.ok).toBe(false);
  });
});
