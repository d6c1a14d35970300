// JSON and JSONL: records that hold conversations become imported conversations; any other record
// becomes text ("key: value" lines) so nothing in the file is silently dropped.
import { decodeText, decodingOf } from '../decode-text.js';
import { IngestError } from '../ingest-error.js';
import type { ExtractedDocument, ImportedConversation, PartialRead, TextSection } from '../types.js';
import { readRecord } from './json-conversations.js';

interface LocatedRecord {
  value: unknown;
  location: string;
}

export function readJsonDocument(bytes: Uint8Array, file: string): ExtractedDocument {
  const decoded = decodeText(bytes);
  const warnings = [...decoded.warnings];
  const { records, partial } = parseRecords(decoded.text);
  const conversations: ImportedConversation[] = [];
  const sections: TextSection[] = [];
  let incomplete = 0;
  for (const { value, location } of records) {
    const { conversation, conversational } = readRecord(value);
    if (conversation) conversations.push({ conversation, location });
    else if (conversational) incomplete++;
    else {
      const text = flatten(value).join('\n');
      if (text) sections.push({ text, location });
    }
  }
  if (incomplete > 0) warnings.push(`${incomplete} record(s) hold no complete user→assistant exchange and were skipped`);
  if (conversations.length === 0 && sections.length === 0) {
    throw new IngestError('empty', incomplete > 0 ? 'No record holds a complete user→assistant exchange.' : 'The JSON file holds no text.');
  }
  return { file, format: 'json', sections, tables: [], conversations, warnings, decoding: decodingOf(decoded), ...(partial && { partial }) };
}

function parseRecords(text: string): { records: LocatedRecord[]; partial?: PartialRead } {
  if (!text.trim()) throw new IngestError('empty', 'The file holds only whitespace.');
  let whole: unknown;
  try {
    whole = JSON.parse(text);
  } catch {
    return parseLines(text);
  }
  const list = Array.isArray(whole) ? whole : wrappedList(whole);
  if (list) return { records: list.map((value, i) => ({ value, location: `record ${i + 1}` })) };
  return { records: [{ value: whole, location: '' }] };
}

/** {"data": [ {...}, ... ]}: an object whose only array holds the records. */
function wrappedList(value: unknown): unknown[] | undefined {
  if (typeof value !== 'object' || value === null || readRecord(value).conversational) return undefined;
  const arrays = Object.values(value).filter((v) => Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object'));
  return arrays.length === 1 ? (arrays[0] as unknown[]) : undefined;
}

/** JSON Lines: the good lines are kept; the malformed ones are counted and reported as a partial read. */
function parseLines(text: string): { records: LocatedRecord[]; partial?: PartialRead } {
  const records: LocatedRecord[] = [];
  const bad: number[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    try {
      records.push({ value: JSON.parse(line), location: `line ${i + 1}` });
    } catch {
      bad.push(i + 1);
    }
  });
  if (records.length === 0) throw new IngestError('corrupt', `Not valid JSON or JSON Lines (line ${bad[0] ?? 1} cannot be parsed).`);
  if (bad.length === 0) return { records };
  const reason = `${bad.length} line(s) are not valid JSON and were left out (first: line ${bad[0]}); the other ${records.length} line(s) were read.`;
  return { records, partial: { reason, count: bad.length, line: bad[0] } };
}

/** "key: value" lines for every string, number or boolean in the record. */
function flatten(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [key ? `${key}: ${value.trim()}` : value.trim()] : [];
  if (typeof value === 'number' || typeof value === 'boolean') return key ? [`${key}: ${value}`] : [String(value)];
  if (Array.isArray(value)) return value.flatMap((item) => flatten(item, key));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => flatten(v, k));
  return [];
}
