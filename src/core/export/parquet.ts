// Parquet files for the Hub and `datasets`: one row per sample, the conversation as `messages`
// (a list of {role, content} structs, the chat format TRL and the Hub viewer read), plus metadata columns.
import { createRequire } from 'node:module';
import type { StoredSample } from '../store/samples.js';

type ParquetWriter = typeof import('hyparquet-writer');
type SchemaElement = NonNullable<Parameters<ParquetWriter['parquetWriteBuffer']>[0]['schema']>[number];

let writer: ParquetWriter | undefined;

/**
 * Loaded on first use only, and synchronously (Node >= 20.19 can require an ES module): an export is a
 * synchronous step called from five places, and only exports that ask for Parquet pay for the library.
 */
function loadWriter(): ParquetWriter {
  writer ??= createRequire(import.meta.url)('hyparquet-writer') as ParquetWriter;
  return writer;
}

const text = (name: string, repetition: 'REQUIRED' | 'OPTIONAL' = 'REQUIRED'): SchemaElement => ({
  name,
  type: 'BYTE_ARRAY',
  converted_type: 'UTF8',
  repetition_type: repetition,
});

/** The standard three-level LIST (group > repeated `list` > `element`) that pyarrow and Spark write. */
const list = (name: string, element: SchemaElement[]): SchemaElement[] => [
  { name, repetition_type: 'REQUIRED', converted_type: 'LIST', num_children: 1 },
  { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
  ...element,
];

interface Column {
  schema: SchemaElement[];
  value: (sample: StoredSample) => unknown;
}

const BASE_COLUMNS: Record<string, Column> = {
  messages: {
    schema: list('messages', [{ name: 'element', repetition_type: 'REQUIRED', num_children: 2 }, text('role'), text('content')]),
    value: (s) => [
      ...(s.conversation.system ? [{ role: 'system', content: s.conversation.system }] : []),
      ...s.conversation.turns.map((t) => ({ role: t.role, content: t.content })),
    ],
  },
  sample_id: { schema: [text('sample_id')], value: (s) => s.id },
  token_length: { schema: [{ name: 'token_length', type: 'INT32', repetition_type: 'OPTIONAL' }], value: (s) => s.tokenLength ?? null },
  topic_keywords: { schema: list('topic_keywords', [text('element')]), value: (s) => s.keywords },
  quality_score: { schema: [{ name: 'quality_score', type: 'DOUBLE', repetition_type: 'OPTIONAL' }], value: (s) => s.qualityScore ?? null },
};

/** --with-metadata: where each example came from. */
const PROVENANCE_COLUMNS: Record<string, Column> = {
  source_file: { schema: [text('source_file')], value: (s) => s.source.file },
  source_location: { schema: [text('source_location', 'OPTIONAL')], value: (s) => s.source.location ?? null },
  origin: { schema: [text('origin')], value: (s) => s.origin },
};

export function parquetColumnNames(withMetadata: boolean): string[] {
  return Object.keys(withMetadata ? { ...BASE_COLUMNS, ...PROVENANCE_COLUMNS } : BASE_COLUMNS);
}

export function parquetBytes(samples: StoredSample[], options: { withMetadata: boolean; createdBy: string }): Uint8Array {
  const columns = Object.entries(options.withMetadata ? { ...BASE_COLUMNS, ...PROVENANCE_COLUMNS } : BASE_COLUMNS);
  const schema: SchemaElement[] = [{ name: 'root', num_children: columns.length }, ...columns.flatMap(([, c]) => c.schema)];
  const buffer = loadWriter().parquetWriteBuffer({
    schema,
    columnData: columns.map(([name, c]) => ({ name, data: samples.map(c.value) })),
    createdBy: options.createdBy,
  });
  return new Uint8Array(buffer);
}
