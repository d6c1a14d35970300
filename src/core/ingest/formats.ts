// Which reader a file name asks for. The bytes get the last word (see sniff.ts).
import path from 'node:path';
import type { DocumentFormat } from './types.js';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
  '.pptx': 'pptx',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'json',
  '.ndjson': 'json',
};

export function formatFromPath(filePath: string): DocumentFormat | 'unknown' {
  return BY_EXTENSION[path.extname(filePath).toLowerCase()] ?? 'unknown';
}
