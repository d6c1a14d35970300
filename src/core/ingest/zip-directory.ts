// Reads a ZIP's central directory without inflating anything, so a bomb is refused by what it claims.
import { formatBytes } from '../format-bytes.js';
import { IngestError } from './ingest-error.js';

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflate. */
  method: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_HEADER = 0x02014b50;
const MAX_COMMENT = 0xffff;

function corrupt(detail: string): IngestError {
  return new IngestError('corrupt', `Not a readable ZIP package: ${detail}.`);
}

export interface ZipLimits {
  maxZipEntries?: number;
  maxUncompressedBytes?: number;
}

/** Lists the entries, refusing a package whose directory claims more than the limits allow. */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = {}): ZipEntryInfo[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  let count = buf.readUInt16LE(eocd + 10);
  let offset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const zip64 = Number(buf.readBigUInt64LE(eocd - 20 + 8));
    if (!Number.isSafeInteger(zip64) || zip64 + 56 > buf.length || buf.readUInt32LE(zip64) !== ZIP64_EOCD) throw corrupt('bad ZIP64 directory record');
    count = Number(buf.readBigUInt64LE(zip64 + 32));
    offset = Number(buf.readBigUInt64LE(zip64 + 48));
  }
  const maxEntries = limits.maxZipEntries ?? Infinity;
  if (count > maxEntries) {
    throw new IngestError('zip_bomb', `The package claims ${count} entries (limit ${maxEntries}).`);
  }
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL_HEADER) throw corrupt('bad central directory entry');
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > buf.length) throw corrupt('central directory runs past the end of the file');
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const sizes = { compressed: buf.readUInt32LE(at + 20), uncompressed: buf.readUInt32LE(at + 24), offset: buf.readUInt32LE(at + 42) };
    readZip64Sizes(buf.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
    if (sizes.compressed > buf.length) throw corrupt(`entry "${name}" claims more compressed data than the file holds`);
    entries.push({
      name, compressedSize: sizes.compressed, uncompressedSize: sizes.uncompressed, method: buf.readUInt16LE(at + 10), localOffset: sizes.offset,
    });
    at = end;
  }
  checkTotalSize(entries, limits.maxUncompressedBytes ?? Infinity);
  return entries;
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - MAX_COMMENT);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  throw corrupt("can't find the end of the central directory (truncated or damaged file)");
}

/** ZIP64 extra field (id 1): 64-bit values for the 32-bit fields that hold 0xFFFFFFFF, in this order. */
function readZip64Sizes(extra: Buffer, sizes: { compressed: number; uncompressed: number; offset: number }): void {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (id === 1) {
      let field = at + 4;
      if (sizes.uncompressed === 0xffffffff && field + 8 <= at + 4 + size) {
        sizes.uncompressed = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      if (sizes.compressed === 0xffffffff && field + 8 <= at + 4 + size) {
        sizes.compressed = Number(extra.readBigUInt64LE(field));
        field += 8;
      }
      if (sizes.offset === 0xffffffff && field + 8 <= at + 4 + size) sizes.offset = Number(extra.readBigUInt64LE(field));
      return;
    }
    at += 4 + size;
  }
}

function checkTotalSize(entries: ZipEntryInfo[], maxBytes: number): void {
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > maxBytes) {
    throw new IngestError('zip_bomb', `The package would unpack to ${formatBytes(total)} (limit ${formatBytes(maxBytes)}).`);
  }
}
