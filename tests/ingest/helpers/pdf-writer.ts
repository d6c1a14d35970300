// Writes small, valid PDFs by hand (Helvetica text, one content stream per page, a correct xref),
// for fixtures and the benchmark. Text is ASCII; each page is a list of lines.

export interface PdfLine {
  text: string;
  /** Font size in points (default 11). */
  size?: number;
  /** Left edge in points (default 72). */
  x?: number;
  /** Baseline in points from the bottom; default: the line below the previous one. */
  y?: number;
}

const escapePdf = (s: string): string => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function buildPdf(pages: (string | PdfLine)[][], options: { encrypt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    const stream = contentStream(lines);
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // A standard security handler that needs a user password we never give: enough for pdf.js to ask.
  const encrypt = options.encrypt
    ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> >>`)
    : 0;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R /ID [${id} ${id}]` : ''} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

function contentStream(lines: (string | PdfLine)[]): string {
  let y = 740;
  const parts: string[] = [];
  for (const raw of lines) {
    const line = typeof raw === 'string' ? { text: raw } : raw;
    const size = line.size ?? 11;
    y = line.y ?? y;
    parts.push(`BT /F1 ${size} Tf 1 0 0 1 ${line.x ?? 72} ${y} Tm (${escapePdf(line.text)}) Tj ET`);
    y -= Math.round(size * 1.4);
  }
  return parts.join('\n');
}
