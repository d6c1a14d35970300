// Control characters in any message of an example, whatever the format: invisible in a terminal or
// an editor, they still reach the model (a DEL from a burst of Backspaces, an ESC from a paste).
import { controlCharactersIn } from '../../text/control-characters.js';
import { exampleText } from '../example-text.js';
import type { LineFormat } from '../types.js';
import { type Json, issue, type Issue } from './issue.js';

export function checkControlCharacters(format: LineFormat, example: Json): Issue[] {
  const roles: string[] = [];
  const codes = new Set<string>();
  for (const message of exampleText(format, example).messages) {
    const found = controlCharactersIn(message.text);
    if (found.length === 0) continue;
    roles.push(message.role || 'unnamed');
    for (const code of found) codes.add(code);
  }
  if (roles.length === 0) return [];
  return [
    issue(
      'control_characters',
      'warning',
      `The ${[...new Set(roles)].join(', ')} message contains control characters (${[...codes].join(', ')}): invisible, but trained on.`,
      'Remove them from the source document or the system prompt (Settings), then build again.',
    ),
  ];
}
