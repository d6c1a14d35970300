// Issue 14 item 1: validation flags control characters in any message, in every line format.
import { describe, expect, it } from 'vitest';
import { formatExample } from '../../src/core/targets/format.js';
import { resolveTarget } from '../../src/core/targets/registry.js';
import { validateExamples } from '../../src/core/targets/validate.js';
import { controlCharactersIn, withoutControlCharacters } from '../../src/core/text/control-characters.js';

// A question and answer from input_files/nimbus_thermostat_faq.md.
const question = 'How do I reset the Nimbus thermostat to factory settings?';
const answer = 'Hold the Menu and Back buttons together for 10 seconds until the screen shows RESET.';

describe('control characters', () => {
  it.each([
    ['openai', 'gpt-4o-mini'],
    ['anthropic', 'claude-3-haiku'],
    ['google', 'gemini-2.5-flash'],
    ['llama', 'llama-3.1-8b-bedrock'],
  ])('%s %s: a DEL burst in the system prompt and an ESC in an answer are flagged, a clean line is not', async (provider, model) => {
    const target = resolveTarget(provider, model);
    const dirty = formatExample(target, {
      system: 'You are Nimbus support.\u007f\u007f\u007f',
      turns: [
        { role: 'user', content: question },
        { role: 'assistant', content: `${answer}\u001b` },
      ],
    });
    const clean = formatExample(target, { system: 'You are Nimbus support.', turns: [{ role: 'user', content: `${question}\n\tThanks` }, { role: 'assistant', content: answer }] });
    const report = await validateExamples(target, [dirty, clean]);
    const flagged = report.findings.filter((f) => f.rule === 'control_characters');
    expect(flagged.map((f) => f.line)).toEqual([1]);
    expect(flagged[0].severity).toBe('warning');
    expect(flagged[0].message).toContain('U+007F');
    expect(flagged[0].message).toContain('U+001B');
  });

  it('lists and strips them; tab, LF and CR count as whitespace', () => {
    expect(controlCharactersIn('a\u007fb\u0000c\u009bd\u007f')).toEqual(['U+007F', 'U+0000', 'U+009B']);
    expect(controlCharactersIn('line one\r\nline\ttwo')).toEqual([]);
    expect(withoutControlCharacters('10\u007f0\u001b')).toBe('100');
    expect(withoutControlCharacters('a\tb\nc', true)).toBe('a b c');
  });
});
