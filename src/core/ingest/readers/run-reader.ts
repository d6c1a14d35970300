// Hands a planned file to its reader. Reader modules are imported lazily, so a folder of text files
// never loads pdf.js, mammoth or SheetJS.
import type { ReadPlan } from '../detect-format.js';
import type { InputFile } from '../folder.js';
import type { ExtractedDocument } from '../types.js';

export async function runReader(plan: ReadPlan, bytes: Uint8Array, file: InputFile, signal: AbortSignal): Promise<ExtractedDocument> {
  const name = file.relPath;
  switch (plan.format) {
    case 'text':
    case 'markdown':
      return (await import('./text.js')).readTextDocument(bytes, name, plan.format);
    case 'csv':
      return (await import('./csv.js')).readCsvDocument(bytes, name);
    case 'json':
      return (await import('./json.js')).readJsonDocument(bytes, name);
    case 'pdf':
      return (await import('./pdf.js')).readPdfDocument(bytes, name, signal);
    case 'docx':
      return (await import('./docx.js')).readDocxDocument(bytes, name);
    case 'xlsx':
      return (await import('./xlsx.js')).readXlsxDocument(bytes, name);
    case 'pptx':
      return (await import('./pptx.js')).readPptxDocument(bytes, name, plan.zipEntries ?? []);
  }
}
