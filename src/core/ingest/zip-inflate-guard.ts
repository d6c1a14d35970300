// Before SheetJS, mammoth or fflate unpacks an Office package: what its entries really inflate to.
// The central directory's sizes are only claims; a bomb that lies about them (a 100 KB sheet part
// claiming 1 KB that inflates to gigabytes) passed the directory check and kept SheetJS busy past
// the time budget. Each deflated entry is inflated and counted (constant memory), and refused as
// soon as it passes the size its directory entry claims, so the real total never passes the
// claimed total that readZipDirectory already bounded.
import { formatBytes } from '../format-bytes.js';
import { IngestError } from './ingest-error.js';
import { inflatedSize } from './inflated-size.js';
import type { ZipEntryInfo } from './zip-directory.js';

const LOCAL_HEADER = 0x04034b50;
const DEFLATE = 8;

export function checkRealSizes(bytes: Uint8Array, entries: ZipEntryInfo[]): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.method !== DEFLATE) continue; // stored entries are as large as their bytes in the file
    const data = entryData(buf, entry);
    if (!data) continue; // a damaged entry: the reader reports it
    if (inflatedSize(data, entry.uncompressedSize) === undefined) {
      throw new IngestError(
        'zip_bomb',
        `The part "${entry.name}" inflates past the ${formatBytes(entry.uncompressedSize)} the package's directory claims for it (a zip bomb lying about its sizes).`,
      );
    }
  }
}

function entryData(buf: Buffer, entry: ZipEntryInfo): Buffer | undefined {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL_HEADER) return undefined;
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  return start <= buf.length ? buf.subarray(start, Math.min(buf.length, start + entry.compressedSize)) : undefined;
}
