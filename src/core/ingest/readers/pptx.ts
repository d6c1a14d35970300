// PPTX from its OOXML parts: slides in presentation order ("slide N"), their text in shape order
// (titles as "# " headings, table rows as "cell | cell"), and speaker notes ("slide N notes").
// Footers are not slide content: footer, slide-number and date placeholders are left out, and so is
// a text box repeated word for word on most slides (a deck's "Company · Chapter" footer box).
import path from 'node:path/posix';
import { IngestError } from '../ingest-error.js';
import type { ExtractedDocument, TextSection } from '../types.js';
import type { ZipEntryInfo } from '../zip-directory.js';
import { attr, childrenOf, createOrderedParser, findAll, findFirst, runText, tagOf, type XmlNode } from './ooxml-tree.js';

const NEEDED = /^ppt\/(presentation\.xml|_rels\/presentation\.xml\.rels|slides\/(_rels\/)?slide\d+\.xml(\.rels)?|notesSlides\/notesSlide\d+\.xml)$/;

export async function readPptxDocument(bytes: Uint8Array, file: string, entries: ZipEntryInfo[]): Promise<ExtractedDocument> {
  if (!entries.some((entry) => entry.name === 'ppt/presentation.xml')) {
    throw new IngestError('corrupt', 'The presentation has no ppt/presentation.xml part.');
  }
  const { unzipSync, strFromU8 } = await import('fflate');
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (entry) => NEEDED.test(entry.name) });
  } catch (error) {
    throw new IngestError('corrupt', `The presentation is damaged and cannot be unpacked (${(error as Error).message}).`, { cause: error });
  }
  const parser = await createOrderedParser();
  const xml = (name: string): XmlNode[] | undefined => (parts[name] ? (parser.parse(strFromU8(parts[name])) as XmlNode[]) : undefined);
  const slides = slideOrder(xml('ppt/presentation.xml') ?? [], xml('ppt/_rels/presentation.xml.rels') ?? []);
  if (slides.length === 0) throw new IngestError('empty', 'The presentation has no slides.');
  const sections: TextSection[] = [];
  const slideShapes = slides.map((slidePath) => shapeTexts(xml(slidePath) ?? [], false));
  const repeated = repeatedBoxes(slideShapes);
  slides.forEach((slidePath, index) => {
    const n = index + 1;
    const text = slideShapes[index].filter((shape) => !repeated.has(shape)).join('\n');
    if (text) sections.push({ text, location: `slide ${n}` });
    const notesPath = relatedPart(xml(relsPathOf(slidePath)) ?? [], slidePath, '/notesSlide');
    const notes = notesPath ? shapeTexts(xml(notesPath) ?? [], true).join('\n') : '';
    if (notes) sections.push({ text: notes, location: `slide ${n} notes` });
  });
  if (sections.length === 0) throw new IngestError('empty', `The presentation's ${slides.length} slide(s) hold no text.`);
  return { file, format: 'pptx', sections, tables: [], conversations: [], warnings: [] };
}

/** Slide part paths in the order of <p:sldIdLst>. */
function slideOrder(presentation: XmlNode[], rels: XmlNode[]): string[] {
  const targets = relationshipTargets(rels, 'ppt/presentation.xml');
  return findAll(presentation, 'p:sldId')
    .map((node) => targets.get(attr(node, 'r:id') ?? ''))
    .filter((target): target is string => target !== undefined);
}

function relationshipTargets(rels: XmlNode[], sourcePart: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const rel of findAll(rels, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id && target && attr(rel, 'TargetMode') !== 'External') map.set(id, resolvePart(sourcePart, target));
  }
  return map;
}

function relatedPart(rels: XmlNode[], sourcePart: string, typeSuffix: string): string | undefined {
  const rel = findAll(rels, 'Relationship').find((node) => attr(node, 'Type')?.endsWith(typeSuffix));
  const target = rel && attr(rel, 'Target');
  return target ? resolvePart(sourcePart, target) : undefined;
}

function resolvePart(sourcePart: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : path.normalize(path.join(path.dirname(sourcePart), target));
}

function relsPathOf(part: string): string {
  return `${path.dirname(part)}/_rels/${path.basename(part)}.rels`;
}

const TITLE_TYPES = new Set(['title', 'ctrTitle']);
const FOOTER_TYPES = new Set(['ftr', 'sldNum', 'dt']);
/** A box on at least this many slides, and on at least half of them, is a repeated footer. */
const MIN_REPEATS = 3;

/** Text of each shape (its paragraphs joined by newlines) that is not a title, seen on most slides. */
function repeatedBoxes(slides: string[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const shapes of slides) for (const text of new Set(shapes)) if (!text.startsWith('# ')) counts.set(text, (counts.get(text) ?? 0) + 1);
  const needed = Math.max(MIN_REPEATS, Math.ceil(slides.length / 2));
  return new Set([...counts].filter(([, n]) => n >= needed).map(([text]) => text));
}

/** The text of every shape in document order; notes keep only the notes body placeholder. */
function shapeTexts(slide: XmlNode[], notesOnly: boolean): string[] {
  const shapes: string[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) shapes.push(lines.join('\n'));
    lines = [];
  };
  const walk = (nodes: XmlNode[], prefix: string): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'mc:Fallback') continue; // duplicate of mc:Choice
      if (tag === 'p:sp') {
        const type = placeholderType(node);
        if ((notesOnly && type !== 'body') || (type && FOOTER_TYPES.has(type))) continue;
        flush();
        walk(childrenOf(node), type && TITLE_TYPES.has(type) ? '# ' : '');
        flush();
      } else if (tag === 'a:p') {
        const text = runText(childrenOf(node)).trim();
        if (text) lines.push(prefix + text);
      } else if (tag === 'a:tr') {
        const cells = findAll(childrenOf(node), 'a:tc').map((cell) => cellText(cell));
        if (cells.some(Boolean)) lines.push(cells.filter(Boolean).join(' | '));
      } else walk(childrenOf(node), prefix);
    }
  };
  walk(slide, '');
  flush();
  return shapes;
}

function cellText(cell: XmlNode): string {
  return findAll(childrenOf(cell), 'a:p')
    .map((p) => runText(childrenOf(p)).trim())
    .filter(Boolean)
    .join(' ');
}

function placeholderType(shape: XmlNode): string | undefined {
  const ph = findFirst(childrenOf(shape), 'p:ph');
  if (!ph) return undefined;
  return attr(ph, 'type') ?? 'body'; // a placeholder without a type is a body placeholder
}
