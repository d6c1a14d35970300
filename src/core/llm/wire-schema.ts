// The JSON Schema we send: generated from the zod schema (one source of truth), minus keywords some
// providers reject in structured-output mode. zod still enforces those limits on the answer.
import { z } from 'zod';
import type { JsonSchema } from './types.js';

const UNSUPPORTED = new Set([
  '$schema',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (!UNSUPPORTED.has(key)) out[key] = strip(value);
  }
  return out;
}

export function toWireSchema(schema: z.ZodType): JsonSchema {
  return strip(z.toJSONSchema(schema, { target: 'draft-7', io: 'output' })) as JsonSchema;
}
