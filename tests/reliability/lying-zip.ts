// Writes a ZIP whose central directory lies: one entry is deflated from a generated stream of any
// size (never held in memory whole) while its directory and local header claim a small size.
// Every other entry is copied from a real package, so the archive is a plausible Office file.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { unzipSync } from 'fflate';

interface Entry {
  name: Buffer;
  data: Buffer;
  crc: number;
  claimedSize: number;
}

/** Deflated bytes and CRC-32 of the concatenated pieces. */
async function deflateStream(pieces: Iterable<Buffer>): Promise<{ data: Buffer; crc: number }> {
  const parts: Buffer[] = [];
  let crc = 0;
  const deflate = zlib.createDeflateRaw({ level: 1 });
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  // pipeline settles when the deflater's input side finishes, before its last output chunks.
  const ended = new Promise((resolve) => deflate.on('end', resolve));
  const counted = (function* () {
    for (const piece of pieces) {
      crc = zlib.crc32(piece, crc);
      yield piece;
    }
  })();
  await pipeline(Readable.from(counted), deflate);
  await ended;
  return { data: Buffer.concat(parts), crc };
}

/** `real`'s entries, with `bombPart` replaced by `pieces` deflated, claiming `claimedSize` bytes. */
export async function lyingPackage(real: Uint8Array, bombPart: string, pieces: Iterable<Buffer>, claimedSize: number): Promise<Buffer> {
  const entries: Entry[] = [];
  for (const [name, content] of Object.entries(unzipSync(real))) {
    const bytes = Buffer.from(content);
    if (name === bombPart) {
      entries.push({ name: Buffer.from(name), ...(await deflateStream(pieces)), claimedSize });
    } else {
      entries.push({ name: Buffer.from(name), data: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), claimedSize: bytes.length });
    }
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    // Version 2.0, deflate; the sizes are whatever the entry claims.
    const local = record(30, [[0, 4, 0x04034b50], [4, 2, 20], [8, 2, 8], [14, 4, e.crc], [18, 4, e.data.length], [22, 4, e.claimedSize], [26, 2, e.name.length]]);
    const central = record(46, [
      [0, 4, 0x02014b50], [4, 2, 20], [6, 2, 20], [10, 2, 8], [16, 4, e.crc], [20, 4, e.data.length], [24, 4, e.claimedSize], [28, 2, e.name.length], [42, 4, offset],
    ]);
    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += local.length + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = record(22, [[0, 4, 0x06054b50], [8, 2, entries.length], [10, 2, entries.length], [12, 4, directory.length], [16, 4, offset]]);
  return Buffer.concat([...locals, directory, end]);
}

/** A little-endian ZIP record of `size` bytes with these [offset, width, value] fields (others 0). */
function record(size: number, fields: [number, 2 | 4, number][]): Buffer {
  const buf = Buffer.alloc(size);
  for (const [at, width, value] of fields) {
    if (width === 2) buf.writeUInt16LE(value, at);
    else buf.writeUInt32LE(value, at);
  }
  return buf;
}
