// What the first bytes say a file is, whatever its name claims.

type SniffedKind = 'pdf' | 'zip' | 'ole2' | 'archive' | 'image' | 'rtf' | 'executable' | 'other';

export interface Sniffed {
  kind: SniffedKind;
  /** For messages: "a PNG image", "a gzip archive". */
  label: string;
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: { kind: SniffedKind; label: string; bytes: number[]; at?: number }[] = [
  { kind: 'zip', label: 'a ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', label: 'an empty ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { kind: 'zip', label: 'a spanned ZIP archive', bytes: [0x50, 0x4b, 0x07, 0x08] },
  { kind: 'ole2', label: 'an OLE2 compound file', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'archive', label: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { kind: 'archive', label: 'a bzip2 archive', bytes: ascii('BZh') },
  { kind: 'archive', label: 'an xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { kind: 'archive', label: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'archive', label: 'a RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { kind: 'archive', label: 'a zstd archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { kind: 'archive', label: 'a tar archive', bytes: ascii('ustar'), at: 257 },
  { kind: 'image', label: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'image', label: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'image', label: 'a GIF image', bytes: ascii('GIF8') },
  { kind: 'image', label: 'a TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'image', label: 'a TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { kind: 'image', label: 'a WebP image', bytes: ascii('WEBP'), at: 8 },
  { kind: 'rtf', label: 'an RTF document', bytes: ascii('{\\rtf') },
  { kind: 'executable', label: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

const PDF_HEADER = ascii('%PDF-');

/** @param pdfJunkAllowed a file named .pdf may carry up to 1 KB of junk before its header (readers tolerate it) */
export function sniffBytes(bytes: Uint8Array, pdfJunkAllowed = false): Sniffed {
  const limit = pdfJunkAllowed ? Math.min(bytes.length, 1024) : Math.min(bytes.length, PDF_HEADER.length);
  for (let i = 0; i + PDF_HEADER.length <= limit; i++) {
    if (bytes[i] === 0x25 && startsWith(bytes, PDF_HEADER, i)) return { kind: 'pdf', label: 'a PDF document' };
  }
  for (const signature of SIGNATURES) {
    if (startsWith(bytes, signature.bytes, signature.at)) return { kind: signature.kind, label: signature.label };
  }
  return { kind: 'other', label: 'an unrecognised file' };
}

/** Office encryption stores the real document as an "EncryptedPackage" stream inside an OLE2 file. */
export function isEncryptedOfficePackage(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}
