// Bytes → text: BOMs, UTF-8, UTF-16, and legacy code pages (legacy-encoding.ts picks which). A wrong
// guess must never pass silently as U+FFFD soup.
import iconv from 'iconv-lite';
import { IngestError } from './ingest-error.js';
import { detectLegacyEncoding } from './legacy-encoding.js';
import type { TextDecoding } from './types.js';

export interface DecodedText extends TextDecoding {
  text: string;
  warnings: string[];
}

/** Enough text to tell the code pages apart; the whole file is decoded once, with the winner. */
const LEGACY_SAMPLE_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return utf8(buf.subarray(3), 'utf-8 (BOM)');
  if (buf[0] === 0xff && buf[1] === 0xfe) return plain(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return plain(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be');
  const utf16 = guessBomlessUtf16(buf);
  if (utf16) return plain(iconv.decode(buf, utf16), utf16);
  if (looksBinary(buf)) {
    throw new IngestError('wrong_extension', 'The file holds binary data, not text.');
  }
  return utf8(buf, 'utf-8');
}

/** The part of a decoding a document keeps (the text itself lives in its sections). */
export function decodingOf({ encoding, detectedBy }: DecodedText): TextDecoding {
  return detectedBy ? { encoding, detectedBy } : { encoding };
}

function plain(text: string, encoding: string, warnings: string[] = []): DecodedText {
  return { text, encoding, warnings };
}

function utf8(buf: Buffer, label: string): DecodedText {
  try {
    return plain(new TextDecoder('utf-8', { fatal: true }).decode(buf), label);
  } catch {
    return notUtf8(buf);
  }
}

function notUtf8(buf: Buffer): DecodedText {
  const { valid, invalid } = countUtf8Sequences(buf);
  // Mostly valid UTF-8 with a few broken bytes: a legacy guess would garble every good character.
  if (valid >= invalid * 4) {
    const text = new TextDecoder('utf-8').decode(buf);
    return plain(text, 'utf-8', [`${invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD`]);
  }
  const { encoding, detectedBy } = detectLegacyEncoding(buf.subarray(0, LEGACY_SAMPLE_BYTES));
  const by = detectedBy === 'chardet' ? 'detected by chardet' : 'detected by letter frequencies';
  return { text: iconv.decode(buf, encoding), encoding, detectedBy, warnings: [`not UTF-8: decoded as ${encoding} (${by})`] };
}

function countUtf8Sequences(buf: Buffer): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === 0) {
      i++;
      continue;
    }
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < buf.length && (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

/** UTF-16 without a BOM: ASCII-range text leaves a zero byte in every other position. */
function guessBomlessUtf16(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(buf.length - (buf.length % 2), 1024);
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** NUL or many control bytes in the first 8 KB: not a text file. */
function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return controls > n * 0.05;
}
