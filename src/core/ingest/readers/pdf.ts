// PDF: one section per page ("page N"), lines rebuilt from pdf.js text items.
import { CancelledError } from '../../errors.js';
import { IngestError } from '../ingest-error.js';
import type { ExtractedDocument, TextSection } from '../types.js';
import { headingLevels } from './pdf-headings.js';
import { textItemsToText, type PdfTextItem } from './pdf-lines.js';
import { extractionOptions, loadPdfJs } from './pdfjs.js';
import { checkPdfInflation } from './pdf-inflate-guard.js';

type PdfDocument = Awaited<ReturnType<Awaited<ReturnType<typeof loadPdfJs>>['getDocument']>['promise']>;

/** Pages without text checked for images when the whole document has none (a scan). */
const SCAN_CHECK_PAGES = 3;

export async function readPdfDocument(bytes: Uint8Array, file: string, signal: AbortSignal): Promise<ExtractedDocument> {
  checkPdfInflation(bytes);
  const pdfjs = await loadPdfJs();
  // pdf.js refuses Node Buffers: give it a plain Uint8Array view (no copy; the bytes are not reused).
  const task = pdfjs.getDocument(extractionOptions(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  const stop = (): void => void task.destroy();
  signal.addEventListener('abort', stop, { once: true });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw openError(error);
    });
    const { sections, blankPages, brokenPages, firstError } = await readPages(pdf, signal);
    if (signal.aborted) throw signal.reason;
    if (sections.length === 0 && brokenPages.length > 0) {
      throw new IngestError('corrupt', `The PDF is damaged and its pages cannot be read (${firstError}).`);
    }
    if (sections.length === 0) throw await noTextError(pdf, pdfjs.OPS);
    const warnings: string[] = [];
    if (blankPages.length > 0) warnings.push(`no text on ${describePages(blankPages)} (scanned or blank)`);
    if (brokenPages.length > 0) warnings.push(`${describePages(brokenPages)} damaged and skipped (${firstError})`);
    return { file, format: 'pdf', sections, tables: [], conversations: [], warnings };
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? new CancelledError();
    throw error;
  } finally {
    signal.removeEventListener('abort', stop);
    await task.destroy();
  }
}

interface PagesRead {
  sections: TextSection[];
  blankPages: number[];
  brokenPages: number[];
  firstError?: string;
}

async function readPages(pdf: PdfDocument, signal: AbortSignal): Promise<PagesRead> {
  const read: PagesRead = { sections: [], blankPages: [], brokenPages: [] };
  const pages: { n: number; items: PdfTextItem[] }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    // pdf.js runs in-process on promise callbacks; yielding to the event loop lets the time-budget
    // timer (and a cancel) fire between pages.
    await new Promise((resolve) => setImmediate(resolve));
    if (signal.aborted) break;
    try {
      pages.push({ n, items: await pageItems(pdf, n) });
    } catch (error) {
      read.brokenPages.push(n);
      read.firstError ??= (error as Error)?.message ?? String(error);
    }
  }
  // Heading sizes are the document's, not a page's: a page of answers has no larger lines of its own.
  const levels = headingLevels(pages.map((page) => page.items));
  for (const { n, items } of pages) {
    const text = textItemsToText(items, levels);
    if (text) read.sections.push({ text, location: `page ${n}` });
    else read.blankPages.push(n);
  }
  return read;
}

async function pageItems(pdf: PdfDocument, n: number): Promise<PdfTextItem[]> {
  const page = await pdf.getPage(n);
  try {
    const content = await page.getTextContent();
    return content.items.filter((item) => 'str' in item) as PdfTextItem[];
  } finally {
    page.cleanup();
  }
}

function openError(error: unknown): IngestError {
  const name = (error as { name?: string })?.name;
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException') {
    return new IngestError('encrypted', 'The PDF is encrypted with a password.', { cause: error });
  }
  return new IngestError('corrupt', `The PDF is damaged and cannot be read (${message}).`, { cause: error });
}

const IMAGE_OPS = [
  'paintImageXObject', 'paintImageXObjectRepeat', 'paintInlineImageXObject', 'paintInlineImageXObjectGroup',
  'paintImageMaskXObject', 'paintImageMaskXObjectGroup', 'paintImageMaskXObjectRepeat', 'paintSolidColorImageMask',
] as const;

/** No text anywhere: a scan when the first pages paint images, otherwise an empty document. */
async function noTextError(pdf: PdfDocument, ops: Record<string, number>): Promise<IngestError> {
  const imageOps = new Set(IMAGE_OPS.map((name) => ops[name]));
  for (let n = 1; n <= Math.min(pdf.numPages, SCAN_CHECK_PAGES); n++) {
    const page = await pdf.getPage(n);
    const list = await page.getOperatorList();
    page.cleanup();
    if (list.fnArray.some((fn) => imageOps.has(fn))) {
      return new IngestError('no_text_layer', 'The PDF has no extractable text (scanned?): its pages are images.');
    }
  }
  return new IngestError('empty', `The PDF has no text on any of its ${pdf.numPages} page(s).`);
}

/** "page 3", "pages 2, 5-7". */
export function describePages(pages: number[]): string {
  const ranges: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    ranges.push(i === j ? `${pages[i]}` : `${pages[i]}-${pages[j]}`);
    i = j + 1;
  }
  return `${pages.length === 1 ? 'page' : 'pages'} ${ranges.join(', ')}`;
}
