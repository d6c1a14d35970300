// Whitespace normalisation shared by every detector, so extracted text stays verbatim otherwise.
//
// The rule (documented for users in the identify mode docs): inside a line of prose, runs of spaces
// and tabs become one space and the line is trimmed; line breaks are kept as they are (single "\n"),
// and runs of blank lines become one blank line ("\n\n", a paragraph break). Leading and trailing
// blank lines are dropped. Code lines (fenced or indented blocks) keep their indentation and inner
// spacing; only trailing spaces go. Only layout whitespace (space, tab) is touched: non-breaking,
// ideographic and zero-width spaces are characters of the text and stay. No Markdown is stripped.

const INLINE_SPACE = /[ \t]+/g;
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;
const TRAILING_SPACE = /[ \t]+$/;

/** A line as a detector hands it over: code lines are kept as they are. */
export interface BlockLine {
  text: string;
  verbatim?: boolean;
}

export function normalizeLine(line: string): string {
  return line.replace(INLINE_SPACE, ' ').replace(EDGE_SPACE, '');
}

/** Joins lines with the rule above; plain strings are prose lines. */
export function normalizeLines(lines: readonly (string | BlockLine)[]): string {
  return lines
    .map((line) =>
      typeof line === 'string' ? normalizeLine(line) : line.verbatim ? line.text.replace(TRAILING_SPACE, '') : normalizeLine(line.text),
    )
    .join('\n')
    .replace(/\n(?:[ \t]*\n){2,}/g, '\n\n')
    .replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, '');
}

/** Normalises a whole text the same way (used to check extracted pairs against their source). */
export function normalizeText(text: string): string {
  return normalizeLines(text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/));
}

/** True when the text holds at least one letter or digit (not only "____" or punctuation). */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

export function isQuestion(text: string): boolean {
  return /[?？]/.test(text);
}

/** "Q: How do I…?" as a heading title: the label is markup, the question is the text. */
export function stripQuestionLabel(title: string): string {
  return title.replace(/^(?:\*\*)?(?:Q|Question)(?:\s*\d+)?\s*[:.](?:\*\*)?\s+(?=\S)/i, '');
}

/** Removes Markdown emphasis wrapping a whole title: "**How do I...?**" → "How do I...?". */
export function stripEmphasis(title: string): string {
  return title.replace(/^(\*\*|__|\*|_)(.+)\1$/, '$2').trim();
}

/**
 * True when some line says something that is not a question or an empty form field: an answer made
 * only of further questions or of "Answer: ______" blanks (a questionnaire) is no answer.
 */
export function hasStatement(text: string): boolean {
  return text.split('\n').some((line) => {
    const value = line.replace(/^\W*[\p{L}]+(?:\s*\d+)?\s*:/u, '').replace(/_+/g, '');
    return hasContent(line.includes(':') ? value : line) && !isQuestion(line);
  });
}
