// What the pool and the parser worker say to each other (structured-cloned plain data).
import type { InputFile } from '../folder.js';
import type { IngestLimits } from '../limits.js';
import type { ExtractedDocument, IngestErrorKind } from '../types.js';

export interface ParseRequest {
  id: number;
  file: InputFile;
  limits: IngestLimits;
}

/** An IngestError keeps its kind and hint across the thread boundary; any other error is a message. */
interface ParseFailure {
  kind?: IngestErrorKind;
  message: string;
  hint?: string;
}

export type ParseReply = { id: number; document: ExtractedDocument; failure?: undefined } | { id: number; document?: undefined; failure: ParseFailure };
