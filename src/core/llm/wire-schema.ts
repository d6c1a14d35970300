// The JSON Schema we send: generated from the zod schema (one source of truth). Array sizes and
// number ranges (minItems, maxItems, minimum, maximum) are kept for providers that honour them:
// grammar-constrained local servers (llama.cpp, Ollama, vLLM) otherwise legally answer an empty
// list or a score of -5111. They are removed for hosts that may refuse the request over them; zod
// checks every limit on the answer whatever the provider.
import { z } from 'zod';
import type { AgentProvider, JsonSchema } from './types.js';

/** Never sent: rejected in structured-output mode by OpenAI strict and others, and not needed. */
const NEVER_SENT = new Set(['$schema', 'minLength', 'maxLength', 'pattern', 'format', 'exclusiveMinimum', 'exclusiveMaximum']);
const RANGE_KEYWORDS = new Set(['minItems', 'maxItems', 'minimum', 'maximum']);

/**
 * OpenAI strict mode, Gemini's responseJsonSchema, Anthropic tool schemas and the local servers
 * accept the range keywords; Mistral and the various Llama hosts are not documented to, so they
 * get the plain schema.
 */
const WITHOUT_RANGES: ReadonlySet<AgentProvider> = new Set(['mistral', 'llama']);

function strip(node: unknown, drop: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, drop));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // "properties" maps field names to schemas: a field may be called "minimum" without being a keyword.
    if (key === 'properties' && value && typeof value === 'object') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, child]) => [name, strip(child, drop)]));
    } else if (!drop.has(key)) out[key] = strip(value, drop);
  }
  return out;
}

export function toWireSchema(schema: z.ZodType): JsonSchema {
  return strip(z.toJSONSchema(schema, { target: 'draft-7', io: 'output' }), NEVER_SENT) as JsonSchema;
}

const plainSchemas = new WeakMap<JsonSchema, JsonSchema>();

/** The schema as this provider receives it. */
export function schemaForProvider(provider: AgentProvider, schema: JsonSchema): JsonSchema {
  if (!WITHOUT_RANGES.has(provider)) return schema;
  let plain = plainSchemas.get(schema);
  if (!plain) {
    plain = strip(schema, RANGE_KEYWORDS) as JsonSchema;
    plainSchemas.set(schema, plain);
  }
  return plain;
}
