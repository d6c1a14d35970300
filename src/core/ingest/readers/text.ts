// TXT and Markdown: decoded text as one section. Markdown stays Markdown: its headings carry structure.
import { decodeText, decodingOf } from '../decode-text.js';
import { IngestError } from '../ingest-error.js';
import type { DocumentFormat, ExtractedDocument } from '../types.js';

export function readTextDocument(bytes: Uint8Array, file: string, format: DocumentFormat): ExtractedDocument {
  const decoded = decodeText(bytes);
  const normalized = decoded.text.replace(/\r\n?/g, '\n');
  if (!normalized.trim()) throw new IngestError('empty', 'The file holds only whitespace.');
  const sections = [{ text: normalized, location: '' }];
  return { file, format, sections, tables: [], conversations: [], warnings: decoded.warnings, decoding: decodingOf(decoded) };
}
