// Builds ExtractedDocument values straight from files, without the real readers (tests only):
// text is UTF-8 with the BOM stripped (form feeds split pages: "page N"), CSV goes through csv-parse.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ExtractedDocument } from '../../src/core/ingest/types.js';

export function loadDocument(file: string, name = path.basename(file)): ExtractedDocument {
  const text = fs.readFileSync(file, 'utf8').replace(/^\ufeff/, '');
  const doc: ExtractedDocument = { file: name, format: 'text', sections: [], tables: [], conversations: [], warnings: [] };
  if (file.endsWith('.csv')) {
    const [headers, ...rows] = parse(text, { relax_column_count: true }) as string[][];
    doc.format = 'csv';
    if (headers) doc.tables.push({ location: '', headers, rows });
  } else if (text.includes('\f')) {
    doc.format = 'pdf';
    doc.sections = text.split('\f').map((page, i) => ({ text: page, location: `page ${i + 1}` }));
  } else {
    doc.format = file.endsWith('.md') ? 'markdown' : 'text';
    doc.sections = [{ text, location: '' }];
  }
  return doc;
}

/** The source text as the verbatim checks see it: every cell or section, normalised. */
export function sourceText(doc: ExtractedDocument): string {
  const cells = doc.tables.flatMap((t) => t.rows.flat());
  return [...doc.sections.map((s) => s.text), ...cells].join('\n');
}
