// Text from the outside world (file names, previews) made safe for a terminal: control characters
// (ESC starts escape sequences that can rewrite the screen; CR/LF forge lines) are shown escaped, and
// cuts never split a surrogate pair (half an emoji prints as a replacement character).

// eslint-disable-next-line no-control-regex -- matching control characters is the point: they get escaped
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** Control characters as visible escapes: "a\u001b[2Jb" → "a\\e[2Jb". */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => NAMED[ch] ?? `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** At most `max` UTF-16 units; an ellipsis marks a cut, which never lands inside a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // a high surrogate whose partner would be cut off
  return `${text.slice(0, end)}…`;
}

/** A file name ready to print: escaped, then cut to `max` characters (80 by default). */
export function displayName(name: string, max = 80): string {
  return cutText(escapeControls(name), max);
}
