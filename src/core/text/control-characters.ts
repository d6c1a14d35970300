// Control characters: invisible bytes (DEL from a burst of Backspaces, ESC, NUL, C1 codes) that must
// never be stored from a text field and that validation flags in any message. Tab, line feed and
// carriage return are ordinary whitespace in a message and are not counted here.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** The control characters in `text` (tab, LF and CR excepted), as U+XXXX codes, first seen first. */
export function controlCharactersIn(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(CONTROL)) found.add(codeOf(match[0]));
  return [...found];
}

/** `text` without control characters; tabs, LF and CR become spaces when `singleLine`. */
export function withoutControlCharacters(text: string, singleLine = false): string {
  const stripped = text.replace(CONTROL, '');
  return singleLine ? stripped.replace(/[\t\r\n]/g, ' ') : stripped;
}

function codeOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
