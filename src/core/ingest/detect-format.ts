// Decides which reader gets a file, from its extension checked against its magic bytes.
import path from 'node:path';
import { IngestError } from './ingest-error.js';
import { isEncryptedOfficePackage, sniffBytes } from './sniff.js';
import type { DocumentFormat } from './types.js';
import { checkRealSizes } from './zip-inflate-guard.js';
import { readZipDirectory, type ZipEntryInfo, type ZipLimits } from './zip-directory.js';

export interface ReadPlan {
  format: DocumentFormat;
  warnings: string[];
  /** The ZIP directory of an Office package, already checked against the limits. */
  zipEntries?: ZipEntryInfo[];
}

const OFFICE: readonly DocumentFormat[] = ['docx', 'xlsx', 'pptx'];
const BINARY: readonly DocumentFormat[] = ['pdf', ...OFFICE];
const FORMAT_NAMES: Record<DocumentFormat, string> = {
  pdf: 'a PDF document', docx: 'a Word document', xlsx: 'an Excel workbook', pptx: 'a PowerPoint presentation',
  csv: 'a CSV file', text: 'a text file', markdown: 'a Markdown file', json: 'a JSON file',
};

export function planRead(filePath: string, claimed: DocumentFormat | 'unknown', bytes: Uint8Array, limits: ZipLimits): ReadPlan {
  const ext = path.extname(filePath).toLowerCase() || '(none)';
  const sniffed = sniffBytes(bytes, claimed === 'pdf');
  const found = (format: DocumentFormat, extra: Partial<ReadPlan> = {}): ReadPlan => ({
    format,
    warnings: claimed !== 'unknown' && claimed !== format ? [`the file is ${FORMAT_NAMES[format]} despite its ${ext} extension; read as such`] : [],
    ...extra,
  });
  const misnamed = (label: string, hint: string): IngestError =>
    claimed === 'unknown'
      ? new IngestError('unsupported', `${capitalize(label)} (${ext}) is not a supported document.`, { hint })
      : new IngestError('wrong_extension', `The file is ${label}, not ${FORMAT_NAMES[claimed]} as its ${ext} extension says.`, { hint });

  switch (sniffed.kind) {
    case 'pdf':
      return found('pdf');
    case 'zip': {
      const entries = readZipDirectory(bytes, limits);
      const office = officeFormat(entries);
      if (office) {
        checkRealSizes(bytes, entries);
        return found(office, { zipEntries: entries });
      }
      throw misnamed('a ZIP archive', 'Extract the archive and put its documents in the input folder.');
    }
    case 'ole2':
      if (isEncryptedOfficePackage(bytes)) throw new IngestError('encrypted', 'The Office file is password-protected (encrypted package).');
      throw misnamed('a legacy Office 97-2003 file (.doc/.xls/.ppt)', 'Save it as .docx, .xlsx or .pptx and run again.');
    case 'archive':
      throw misnamed(sniffed.label, 'Extract the archive and put its documents in the input folder.');
    case 'image':
      throw misnamed(sniffed.label, 'Images are not read (no OCR); convert them to text or a searchable PDF.');
    case 'rtf':
      throw misnamed(sniffed.label, 'Save it as .docx or .txt and run again.');
    case 'executable':
      throw misnamed(sniffed.label, 'Remove it from the input folder.');
    case 'other':
      if (claimed === 'unknown') {
        throw new IngestError('unsupported', `Files with the ${ext} extension are not read.`);
      }
      if (BINARY.includes(claimed)) {
        throw new IngestError('corrupt', `The file does not start like ${FORMAT_NAMES[claimed]} (damaged or not really a ${ext} file).`);
      }
      return { format: claimed, warnings: [] };
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An OOXML package names its main part in a fixed folder. */
function officeFormat(entries: ZipEntryInfo[]): DocumentFormat | undefined {
  const names = new Set(entries.map((entry) => entry.name));
  if (!names.has('[Content_Types].xml')) return undefined;
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  const prefixes: [string, DocumentFormat][] = [['word/', 'docx'], ['xl/', 'xlsx'], ['ppt/', 'pptx']];
  return prefixes.find(([prefix]) => entries.some((entry) => entry.name.startsWith(prefix)))?.[1];
}
