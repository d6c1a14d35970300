// TXT and Markdown: decoded text as one section. Markdown stays Markdown: its headings carry structure.
import { decodeText } from '../decode-text.js';
import { IngestError } from '../ingest-error.js';
import type { DocumentFormat, ExtractedDocument } from '../types.js';

export function readTextDocument(bytes: Uint8Array, file: string, format: DocumentFormat): ExtractedDocument {
  const { text, warnings } = decodeText(bytes);
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.trim()) throw new IngestError('empty', 'The file holds only whitespace.');
  return { file, format, sections: [{ text: normalized, location: '' }], tables: [], conversations: [], warnings };
}
