// Pulls the text of each message out of a JSONL example of any format, for token counting.
// Defensive on purpose: it runs on users' files before validation, so any shape must work.
import type { LineFormat } from './types.js';

export interface CountedMessage {
  role: string;
  text: string;
  name?: string;
}

export interface ExampleText {
  messages: CountedMessage[];
  /** Tool definitions, tool calls, images...: counted from their JSON, so the count is approximate. */
  structured: string[];
}

type Json = Record<string, unknown>;

export function exampleText(format: LineFormat, example: Json): ExampleText {
  const out: ExampleText = { messages: [], structured: [] };
  if (format === 'bedrock-prompt-completion' || format === 'prompt-completion') {
    out.messages.push({ role: 'user', text: asText(example.prompt, out) }, { role: 'assistant', text: asText(example.completion, out) });
    return out;
  }
  if (format === 'text') {
    out.messages.push({ role: 'text', text: asText(example.text, out) });
    return out;
  }
  if (format === 'vertex-gemini') {
    const system = asObject(example.systemInstruction ?? example.system_instruction);
    if (system) out.messages.push({ role: 'system', text: partsText(system.parts, out) });
    for (const content of asArray(example.contents)) {
      const c = asObject(content);
      if (c) out.messages.push({ role: c.role === 'model' ? 'assistant' : String(c.role ?? ''), text: partsText(c.parts, out) });
    }
  } else {
    if (format === 'bedrock-claude' && example.system !== undefined)
      out.messages.push({ role: 'system', text: asText(example.system, out) });
    if (format === 'nova-conversation' && example.system !== undefined)
      out.messages.push({ role: 'system', text: contentText(example.system, out) });
    for (const item of asArray(example.messages)) {
      const m = asObject(item);
      if (!m) continue;
      const message: CountedMessage = { role: typeof m.role === 'string' ? m.role : '', text: contentText(m.content, out) };
      if (typeof m.name === 'string') message.name = m.name;
      for (const key of ['tool_calls', 'function_call', 'tool_call_id'] as const)
        if (m[key] !== undefined) out.structured.push(json(m[key]));
      out.messages.push(message);
    }
  }
  for (const key of ['tools', 'functions'] as const) if (example[key] !== undefined) out.structured.push(json(example[key]));
  return out;
}

function contentText(content: unknown, out: ExampleText): string {
  if (!Array.isArray(content)) return asText(content, out);
  return content.map((part) => (typeof asObject(part)?.text === 'string' ? (part as Json).text : asText(part, out))).join('');
}

function partsText(parts: unknown, out: ExampleText): string {
  return asArray(parts)
    .map((part) => (typeof asObject(part)?.text === 'string' ? (part as Json).text : asText(part, out)))
    .join('');
}

function asText(value: unknown, out: ExampleText): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  out.structured.push(json(value));
  return '';
}

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}
