// Which files' text is not their bytes read as UTF-8: decoded from a legacy code page or UTF-16, or
// holding U+FFFD replacement characters (undecodable bytes, PDF glyphs without a Unicode mapping).
import type { DecodingNote, ExtractedDocument } from './types.js';

const REPLACEMENT = /\uFFFD/g;

export function decodingNote(doc: ExtractedDocument): DecodingNote | undefined {
  const replacements = countReplacementCharacters(doc);
  const encoding = doc.decoding?.encoding ?? null;
  const notUtf8 = encoding !== null && !encoding.startsWith('utf-8');
  if (!notUtf8 && replacements === 0) return undefined;
  return { file: doc.file, encoding, detected_by: doc.decoding?.detectedBy ?? null, replacement_characters: replacements };
}

/** Counted in the text the samples are made from: sections and imported conversations. */
function countReplacementCharacters(doc: ExtractedDocument): number {
  const texts = [
    ...doc.sections.map((section) => section.text),
    ...doc.conversations.flatMap(({ conversation }) => [conversation.system ?? '', ...conversation.turns.map((turn) => turn.content)]),
  ];
  return texts.reduce((sum, text) => sum + (text.match(REPLACEMENT)?.length ?? 0), 0);
}

/** One line per file for the build summary, e.g. "faq.txt: decoded as Shift_JIS (chardet)". */
export function describeDecodingNote(note: DecodingNote): string {
  const parts: string[] = [];
  if (note.encoding && !note.encoding.startsWith('utf-8')) {
    parts.push(`decoded as ${note.encoding}${note.detected_by ? ` (${note.detected_by})` : ''}`);
  }
  if (note.replacement_characters > 0) parts.push(`${note.replacement_characters} replacement character(s) U+FFFD`);
  return `${note.file}: ${parts.join(', ')}`;
}
