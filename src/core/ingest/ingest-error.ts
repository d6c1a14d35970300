// A per-file ingestion failure: what went wrong with this file and what the user can do about it.
import { UserError } from '../errors.js';
import type { IngestErrorKind } from './types.js';

const HINTS: Record<IngestErrorKind, string> = {
  empty: 'The file holds no text. Remove it or replace it with the real document.',
  corrupt: 'Open the file in its own application and save it again, or remove it from the input folder.',
  encrypted:
    'The file is password-protected: open it with its password and save an unprotected copy, or decrypt it (e.g. qpdf --decrypt --password=… in.pdf out.pdf), then run again.',
  unsupported: 'Supported inputs: PDF, DOCX, XLSX, PPTX, CSV, TXT, Markdown, JSON and JSONL. Convert or extract the file first.',
  wrong_extension: 'The file content does not match its extension. Rename it with the right extension or export it again.',
  too_large: 'Split the file, or raise ingest.max_file_size_mb in config.yaml.',
  zip_bomb: 'The archive claims more data than is safe to unpack. If it is a genuine document, split it into smaller files.',
  timeout: 'Reading took longer than the per-file budget. Split the file or raise ingest.file_timeout_seconds in config.yaml.',
  encoding: 'Save the file as UTF-8 text and run again.',
  no_text_layer: 'The PDF has no extractable text (scanned?). Run OCR on it (e.g. ocrmypdf) and use the result.',
  unreadable: 'Check that the file exists and that you have permission to read it.',
  too_much_memory: 'Reading needed more memory than the per-file budget. Split the file or raise ingest.parser_memory_mb in config.yaml.',
  hidden: 'Hidden and system files are not read. Rename the file without the leading dot if it is a document.',
  not_a_file: 'Only regular files are read. Copy the data into a regular file in the input folder.',
  partly_read: 'Fix the lines named in the reason and run again to read the rest of the file.',
};

/** What the user can do about a file skipped (or partly read) for this reason. */
export function hintFor(kind: IngestErrorKind): string {
  return HINTS[kind];
}

export class IngestError extends UserError {
  readonly kind: IngestErrorKind;
  constructor(kind: IngestErrorKind, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, { hint: options.hint ?? HINTS[kind], cause: options.cause });
    this.name = 'IngestError';
    this.kind = kind;
  }
}

/** A file that overran its time budget (in-process readers and the parser worker say it alike). */
export function timeoutError(ms: number): IngestError {
  const budget = ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
  return new IngestError('timeout', `Reading took longer than the ${budget} budget per file.`);
}
