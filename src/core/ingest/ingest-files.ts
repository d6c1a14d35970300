// Reads every input file; a file that fails is recorded with its reason and the run goes on.
import { getErrorMessage, isAbortError, throwIfAborted } from '../errors.js';
import type { InputFile } from './folder.js';
import { hintFor, IngestError } from './ingest-error.js';
import type { IngestLimits } from './limits.js';
import { decodingNote } from './decoding-notes.js';
import { readDocument } from './read-document.js';
import { ParserPool, ParserWorkerStartError } from './parse-worker/pool.js';
import type { DecodingNote, ExtractedDocument, IngestEvent, IngestResult, SkippedFile } from './types.js';


export interface IngestOptions {
  limits: IngestLimits;
  signal?: AbortSignal;
  onProgress?: (event: IngestEvent) => void;
  /**
   * Called with each document as soon as it is read; what it returns is kept in its place. A caller
   * that needs only a digest of each document (identify mode: the conversations found) returns a
   * lighter one, so the texts of thousands of files are not all held until the last is read.
   */
  keep?: (doc: ExtractedDocument) => ExtractedDocument;
}

export async function ingestFiles(files: InputFile[], opts: IngestOptions): Promise<IngestResult> {
  const { limits, signal, onProgress } = opts;
  const documents: ExtractedDocument[] = [];
  const skipped: SkippedFile[] = [];
  const decoding: DecodingNote[] = [];
  const total = files.length;
  const parsers = new ParserPool(limits);
  try {
    for (const [index, file] of files.entries()) await readOne(file, index);
  } finally {
    parsers.close();
  }
  return { documents, skipped, decoding };

  async function readOne(file: InputFile, index: number): Promise<void> {
    throwIfAborted(signal);
    onProgress?.({ type: 'file-start', file: file.relPath, index, total, bytes: file.bytes });
    const started = performance.now();
    try {
      const doc = file.skip ? await readDocument(file, limits, signal) : await parsers.read(file, signal);
      documents.push(opts.keep ? opts.keep(doc) : doc);
      if (doc.partial) {
        const { reason, count, line } = doc.partial;
        skipped.push({ file: file.relPath, kind: 'partly_read', reason, hint: hintFor('partly_read'), count, line });
      }
      const note = decodingNote(doc);
      if (note) decoding.push(note);
      onProgress?.({ type: 'file-done', file: file.relPath, index, total, ms: Math.round(performance.now() - started) });
    } catch (error) {
      if ((signal?.aborted && isAbortError(error)) || error instanceof ParserWorkerStartError) throw error;
      const { kind, reason, hint } = describeFailure(error);
      skipped.push({ file: file.relPath, kind, reason, hint });
      onProgress?.({ type: 'file-skipped', file: file.relPath, index, total, kind, reason });
    }
  }
}

/** Parsers throw their own errors on damaged files; those count as a corrupt file, not a crash. */
function describeFailure(error: unknown): Pick<SkippedFile, 'kind' | 'reason' | 'hint'> {
  if (error instanceof IngestError) return { kind: error.kind, reason: error.message, hint: error.hint };
  return { kind: 'corrupt', reason: `The file could not be parsed: ${getErrorMessage(error)}` };
}
