// Splits documents into prompt-sized chunks that end on paragraph or sentence boundaries, overlap a
// little, and remember their file and location. Imported conversations and tables are not chunked
// (tables already appear as text sections).
import { createHash } from 'node:crypto';
import { estimateTokens } from './tokens-estimate.js';
import type { Chunk, ExtractedDocument } from './types.js';

export { estimateTokens } from './tokens-estimate.js';

export interface ChunkOptions {
  chunkTokens: number;
  overlapTokens: number;
}

interface Piece {
  text: string;
  location: string;
  tokens: number;
  /** What separates it from the piece before: a blank line, a line break (table rows) or a space. */
  glue: string;
}

export function chunkDocuments(docs: ExtractedDocument[], opts: ChunkOptions): Chunk[] {
  const budget = Math.max(1, Math.floor(opts.chunkTokens));
  const overlap = Math.max(0, Math.min(Math.floor(opts.overlapTokens), Math.floor(budget / 2)));
  return docs.flatMap((doc) => {
    const tabular = doc.format === 'csv' || doc.format === 'xlsx'; // one record per line
    const pieces = doc.sections.flatMap((s) => piecesOf(s.text, s.location, budget, tabular));
    return packPieces(doc.file, pieces, budget, overlap);
  });
}

/**
 * Paragraphs; a paragraph over budget becomes sentences (rows, for tables); a sentence over budget
 * is cut between words.
 */
function piecesOf(text: string, location: string, budget: number, tabular: boolean): Piece[] {
  const pieces: Piece[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const trimmed = paragraph.trim();
    if (!trimmed) continue;
    const tokens = estimateTokens(trimmed);
    if (tokens <= budget) {
      pieces.push({ text: trimmed, location, tokens, glue: '\n\n' });
      continue;
    }
    const units = (tabular ? trimmed.split('\n') : sentencesOf(trimmed)).map((u) => u.trim()).filter(Boolean);
    units.forEach((unit, i) => pieces.push(...cutToBudget(unit, location, budget, i === 0 ? '\n\n' : tabular ? '\n' : ' ')));
  }
  return pieces;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * Sentences, keeping the text's line breaks. The segmenter would end a "sentence" at every line
 * break, so it runs on a copy with newlines as spaces (same offsets) and the original is sliced.
 */
function sentencesOf(text: string): string[] {
  const flat = text.replace(/\n/g, ' ');
  return [...segmenter.segment(flat)].map((s) => text.slice(s.index, s.index + s.segment.length).trim()).filter(Boolean);
}

function cutToBudget(sentence: string, location: string, budget: number, glue: string): Piece[] {
  const tokens = estimateTokens(sentence);
  if (tokens <= budget) return [{ text: sentence, location, tokens, glue }];
  const pieces: Piece[] = [];
  const push = (text: string): void => {
    pieces.push({ text, location, tokens: estimateTokens(text), glue: pieces.length === 0 ? glue : ' ' });
  };
  let current = '';
  for (const word of sentence.split(/(?<=\s)/)) {
    if (estimateTokens(current + word) > budget && current.trim()) {
      push(current.trim());
      current = '';
    }
    if (estimateTokens(word) > budget) {
      // One huge "word" (CJK text, a long URL): cut by characters.
      const size = Math.max(1, Math.floor((word.length * budget) / estimateTokens(word)));
      for (let i = 0; i < word.length; i += size) push(word.slice(i, i + size));
    } else current += word;
  }
  if (current.trim()) push(current.trim());
  return pieces;
}

function packPieces(file: string, pieces: Piece[], budget: number, overlap: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Piece[] = [];
  let tokens = 0;
  let fresh = 0; // pieces in `current` that are not overlap from the previous chunk
  const emit = (): void => {
    if (fresh > 0) chunks.push(makeChunk(file, current));
    current = overlapTail(current, overlap);
    tokens = current.reduce((sum, p) => sum + p.tokens, 0);
    fresh = 0;
  };
  for (const piece of pieces) {
    if (tokens + piece.tokens > budget && fresh > 0) emit();
    while (current.length > 0 && tokens + piece.tokens > budget) tokens -= current.shift()!.tokens;
    current.push(piece);
    tokens += piece.tokens;
    fresh++;
  }
  emit();
  return chunks;
}

/** The last sentences of the chunk, up to `overlap` tokens, carried into the next chunk. */
function overlapTail(pieces: Piece[], overlap: number): Piece[] {
  const tail: Piece[] = [];
  let tokens = 0;
  for (let i = pieces.length - 1; i >= 0 && tokens < overlap; i--) {
    const sentences = sentencesOf(pieces[i].text);
    for (let j = sentences.length - 1; j >= 0; j--) {
      const t = estimateTokens(sentences[j]);
      if (tokens + t > overlap) return tail;
      tail.unshift({ text: sentences[j], location: pieces[i].location, tokens: t, glue: j === 0 ? pieces[i].glue : ' ' });
      tokens += t;
    }
  }
  return tail;
}

function makeChunk(file: string, pieces: Piece[]): Chunk {
  const text = pieces.map((p, i) => (i === 0 ? '' : p.glue) + p.text).join('');
  const location = describeSpan(pieces[0].location, pieces[pieces.length - 1].location);
  const id = createHash('sha256').update(`${file}\0${location}\0${text}`).digest('hex').slice(0, 16);
  return { id, text, file, location, tokens: estimateTokens(text) };
}

/** "page 3" + "page 5" → "pages 3-5"; otherwise "slide 2 to slide 3 notes". */
export function describeSpan(first: string, last: string): string {
  if (first === last) return first;
  const a = /^(\w+) (\d+)$/.exec(first);
  const b = /^(\w+) (\d+)$/.exec(last);
  if (a && b && a[1] === b[1]) return `${a[1]}s ${a[2]}-${b[2]}`;
  if (!first || !last) return first || last;
  return `${first} to ${last}`;
}
