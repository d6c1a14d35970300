// Before pdf.js sees a PDF: how much its FlateDecode streams inflate to. pdf.js decodes a stream
// whole and on the main thread, so a 1 MB file whose one stream inflates to 1 GiB took 2.3 GB of
// memory and ignored the time budget. Here each stream is inflated and only counted (constant
// memory), stopping as soon as the total passes the limit.
import { IngestError } from '../ingest-error.js';
import { inflatedSize } from '../inflated-size.js';
import { formatBytes } from '../../format-bytes.js';

/** Most bytes all compressed streams of one PDF may inflate to (text PDFs of thousands of pages stay far below). */
const MAX_PDF_INFLATED_BYTES = 512 * 1024 * 1024;
/** How far before "stream" the stream's dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;
export function checkPdfInflation(bytes: Uint8Array, maxBytes = MAX_PDF_INFLATED_BYTES): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buf.indexOf('stream'); at !== -1; at = buf.indexOf('stream', at + 6)) {
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue; // "endstream"
    const dataStart = afterEndOfLine(buf, at + 6);
    if (dataStart === undefined) continue;
    const dictionary = buf.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    if (!/\/FlateDecode\b/.test(dictionary.slice(dictionary.lastIndexOf('obj')))) continue;
    const end = buf.indexOf('endstream', dataStart);
    if (end === -1) break;
    total = countInflated(buf.subarray(dataStart, end), total, maxBytes);
    at = end + 9;
  }
}

function afterEndOfLine(buf: Buffer, from: number): number | undefined {
  if (buf[from] === 0x0d && buf[from + 1] === 0x0a) return from + 2;
  if (buf[from] === 0x0a || buf[from] === 0x0d) return from + 1;
  return undefined;
}

/** Adds what `data` inflates to onto `total`; throws zip_bomb once the total passes `maxBytes`. */
function countInflated(data: Buffer, total: number, maxBytes: number): number {
  // zlib header (2 bytes) then raw deflate.
  const size = inflatedSize(data[0] === 0x78 ? data.subarray(2) : data, maxBytes - total);
  if (size === undefined) {
    throw new IngestError('zip_bomb', `A compressed stream of this PDF inflates past ${formatBytes(maxBytes)}, more than a document needs.`);
  }
  return total + size;
}
