// Small helpers over fast-xml-parser's ordered output ({ tag: children[], ':@': attributes }).
import type { XMLParser } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

export async function createOrderedParser(): Promise<XMLParser> {
  const { XMLParser } = await import('fast-xml-parser');
  return new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
  });
}

export function tagOf(node: XmlNode): string | undefined {
  return Object.keys(node).find((key) => key !== ':@');
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

/** Depth-first search for the first element with this tag. */
export function findFirst(nodes: XmlNode[], tag: string): XmlNode | undefined {
  for (const node of nodes) {
    if (tagOf(node) === tag) return node;
    const found = findFirst(childrenOf(node), tag);
    if (found) return found;
  }
  return undefined;
}

export function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else findAll(childrenOf(node), tag, out);
  }
  return out;
}

/** Text of every <a:t> below, with <a:br/> as a line break. */
export function runText(nodes: XmlNode[]): string {
  let out = '';
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === '#text') out += String(node['#text']);
    else if (tag === 'a:br') out += '\n';
    else if (tag === 'a:t' || tag === 'a:r' || tag === 'a:fld' || tag === 'a:hyperlink') out += runText(childrenOf(node));
  }
  return out;
}
