// DOCX via mammoth: headings, lists, paragraphs (bold labels such as "Question:" stay as text),
// footnotes, and tables both as text rows and as Tables keyed by their first row.
import { IngestError } from '../ingest-error.js';
import type { ExtractedDocument } from '../types.js';
import { htmlToText } from './html-to-text.js';

export async function readDocxDocument(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Images are left out: base64-encoding them would only cost memory.
    const convertImage = mammoth.images.imgElement(async () => ({ src: '' }));
    html = (await mammoth.convertToHtml({ buffer }, { convertImage })).value;
  } catch (error) {
    throw new IngestError('corrupt', `The Word document is damaged and cannot be read (${(error as Error).message}).`, { cause: error });
  }
  const { text, tables } = htmlToText(html);
  if (!text.trim()) throw new IngestError('empty', 'The Word document has no text.');
  return { file, format: 'docx', sections: [{ text, location: '' }], tables, conversations: [], warnings: [] };
}
