// What a file reader produces: text sections and tables, each with a location for provenance.
import type { Conversation } from '../types.js';

export type DocumentFormat = 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'csv' | 'text' | 'markdown' | 'json';

/** A run of text with one location: a whole text file, a PDF page, a slide, a sheet rendered as text. */
export interface TextSection {
  text: string;
  /** e.g. "" for a plain file, "page 3", "slide 2", "slide 2 notes", "sheet Summary" */
  location: string;
}

/** A table with a header row; rows are cell strings aligned with headers. */
export interface Table {
  /** e.g. "" for a CSV file, "sheet FAQ" */
  location: string;
  headers: string[];
  rows: string[][];
  /**
   * Row numbers as the source shows them, parallel to rows, for provenance: the sheet row, or the
   * CSV record counting the header record as 1 (so the first data row under a top header is 2).
   */
  rowNumbers?: number[];
}

/** A conversation that already exists as structured data (JSON/JSONL imports). */
export interface ImportedConversation {
  conversation: Conversation;
  location: string;
}

export interface ExtractedDocument {
  /** Path relative to the input folder, with forward slashes. */
  file: string;
  format: DocumentFormat;
  sections: TextSection[];
  tables: Table[];
  conversations: ImportedConversation[];
  /** Non-fatal notes, e.g. "hidden sheet skipped". */
  warnings: string[];
  /** How the bytes became text: set by the readers of text formats (TXT/MD, CSV, JSON). */
  decoding?: TextDecoding;
  /** Set when part of the file could not be read: reported in the run's skip list as partly_read. */
  partial?: PartialRead;
}

/** The character encoding a text file was read with, and how it was chosen. */
export interface TextDecoding {
  /** e.g. "utf-8", "utf-8 (BOM)", "utf-16le", "windows-1252", "Shift_JIS", "GB18030". */
  encoding: string;
  /** Who chose a legacy encoding: the chardet detector or our letter scoring (absent for UTF-8/16). */
  detectedBy?: 'chardet' | 'letter-scoring';
}

/**
 * A file whose text is not what its bytes say verbatim: decoded from a legacy code page, or holding
 * U+FFFD replacement characters (undecodable bytes, unmapped PDF glyphs). Shown in the build summary,
 * `--json` (`text_decoding`) and the stats file, so mojibake never passes silently.
 */
export interface DecodingNote {
  file: string;
  encoding: string | null;
  detected_by: TextDecoding['detectedBy'] | null;
  replacement_characters: number;
}

export type IngestErrorKind =
  | 'empty'
  | 'corrupt'
  | 'encrypted'
  | 'unsupported'
  | 'wrong_extension'
  | 'too_large'
  | 'zip_bomb'
  | 'timeout'
  | 'encoding'
  | 'no_text_layer'
  | 'unreadable'
  | 'too_much_memory'
  | 'hidden'
  | 'not_a_file'
  | 'partly_read';

export interface SkippedFile {
  file: string;
  kind: IngestErrorKind;
  reason: string;
  /** What the user can do about it. */
  hint?: string;
  /** partly_read: how many lines or rows of the file were left out (the rest was read). */
  count?: number;
  /** partly_read: the first line left out. */
  line?: number;
}

/** What a reader left out of a file it otherwise read (malformed JSONL lines, a CSV cut by a quote). */
export interface PartialRead {
  reason: string;
  count: number;
  line: number;
}

export type IngestEvent =
  | { type: 'file-start'; file: string; index: number; total: number; bytes: number }
  | { type: 'file-done'; file: string; index: number; total: number; ms: number }
  | { type: 'file-skipped'; file: string; index: number; total: number; kind: IngestErrorKind; reason: string };

export interface IngestResult {
  documents: ExtractedDocument[];
  skipped: SkippedFile[];
  /** Files read from a legacy encoding or with U+FFFD, in reading order. */
  decoding: DecodingNote[];
}

/** A piece of a document sized for an LLM prompt (create/hybrid/free modes). */
export interface Chunk {
  /** Stable id: hash of file + location + text, so a resumed run finds the same chunks. */
  id: string;
  text: string;
  file: string;
  location: string;
  tokens: number;
}
