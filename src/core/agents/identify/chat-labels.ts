// Parsing of "Speaker: text" lines in chat logs and transcripts, in their common dress:
// bold ("**Sid:**", "**Sid**:"), timestamps ("[10:42] User:", "06/03/2017, 00:45 - Sid:"),
// template placeholders ("[[USER_NAME]]:"), and the full-width colon of CJK text ("用户：").
import { PLACEHOLDER_LABEL, roleOfLabel } from './chat-roles.js';
import type { Label } from './labelled-blocks.js';

export { roleOfLabel, type ChatRole } from './chat-roles.js';

const TIMESTAMP =
  /^\s*\[?(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?/;
// The colon is followed by a space (or ends the line), except the full-width one, which CJK text runs into.
const LABEL = /^\s*(?:\*\*|__)?([^*_:：\n]{1,40}?)\s*(?:(?:\*\*|__)\s*[:：]|[:：]\s*(?:\*\*|__)|[:：])(?:(?=\s|$)|(?<=：))\s*(.*)$/;

function stripTimestamp(line: string): string {
  return line.replace(TIMESTAMP, '');
}

/** "Label: rest" with optional bold and timestamp, or null. */
export function parseColonLabel(line: string): Label | null {
  const text = stripTimestamp(line);
  const match = PLACEHOLDER_LABEL.exec(text) ?? LABEL.exec(text);
  return match ? { label: match[1].trim(), rest: match[2] } : null;
}

// Words that label data, not people ("Note:", "Plan A:", "Users: 18,400").
const NOT_SPEAKERS = new Set(
  `note notes warning tip tips example examples step plan option total date time subject from to cc re
   source sources summary update edit status result results input output error usage description title
   author version price cost location address phone email name age users sessions revenue question
   answer q a faq important caution hint see also ps pps nb todo fixme reply response answers questions
   prompt instruction step goal goals agenda attendees action actions decision decisions pros cons`
    .split(/\s+/)
    .filter(Boolean),
);

const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|van|von|de|der|den|da|di|du|la|le|bin|al)$/u;

/** A person's name used as a speaker label: capitalised, 1-4 words, not a data label or a chat role. */
export function isSpeakerName(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length > 4 || !/^\p{Lu}/u.test(label) || !words.every((w) => NAME_WORD.test(w))) return false;
  if (roleOfLabel(label) !== null) return false;
  if (NOT_SPEAKERS.has(words[0].toLowerCase()) || NOT_SPEAKERS.has(label.toLowerCase())) return false;
  // "Plan A", "Option 2", "Part B": a trailing single letter without a dot is an enumeration.
  return !(words.length > 1 && /^\p{Lu}$/u.test(words[words.length - 1]));
}

// Chatdown / Bot Framework inline directives: "[Typing]", "[Delay=3000]", "[Attachment=card.json]".
const DIRECTIVE = /\[(?:Typing|Delay=\d+|Attachment(?:Layout)?=[^\]]*|ConversationUpdate=[^\]]*|AttachmentLayout=[^\]]*)\]/gi;

export function stripDirectives(text: string): string {
  return text.replace(DIRECTIVE, '').replace(/[ \t]+$/gm, '');
}
