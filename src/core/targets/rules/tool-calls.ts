// Tool-calling checks for OpenAI (§1.8 items 8-9) and Mistral (§4.5 items 3, 6, 7).
import { isObject, issue, type Issue, type Json } from './issue.js';

const MISTRAL_NAME = /^[a-zA-Z0-9_-]{1,64}$/;
const FIX_CALL = 'Each tool call is {"id", "type": "function", "function": {"name", "arguments": "<JSON string>"}}.';

export function checkToolCalls(style: 'openai' | 'mistral', example: Json, messages: Json[]): Issue[] {
  const issues: Issue[] = [];
  const bad = (message: string, fix = FIX_CALL, severity: 'error' | 'warning' = 'error') =>
    issues.push(issue('tool_calls_invalid', severity, message, fix));
  const defined = checkToolDefinitions(style, example, issues);
  const callIds: string[] = [];
  let responses = 0;
  messages.forEach((m, index) => {
    const n = index + 1;
    if (m.tool_calls !== undefined) {
      if (m.role !== 'assistant') bad(`Message ${n} (${String(m.role)}) has tool_calls.`, 'Only assistant messages may carry tool_calls.');
      if (style === 'mistral' && m.content !== undefined)
        bad(`Message ${n} has both content and tool_calls.`, 'Mistral: an assistant message with tool_calls must not have "content".');
      if (!Array.isArray(m.tool_calls) || m.tool_calls.length === 0) bad(`Message ${n}: tool_calls is not a non-empty array.`);
      for (const call of Array.isArray(m.tool_calls) ? m.tool_calls : []) {
        const fn = isObject(call) ? call.function : undefined;
        if (!isObject(call) || typeof call.id !== 'string' || !isObject(fn) || typeof fn.name !== 'string') {
          bad(`Message ${n} has a tool call without an id or a function name.`);
          continue;
        }
        callIds.push(call.id);
        if (typeof fn.arguments !== 'string' || !parsesAsJson(fn.arguments))
          bad(`Message ${n}: the arguments of "${fn.name}" are not a JSON string.`, 'Serialise the arguments object with JSON.stringify.');
        if (style === 'mistral' && !/^[a-zA-Z0-9]{9}$/.test(call.id))
          bad(
            `Message ${n}: tool call id "${call.id}" is not 9 letters or digits.`,
            'Mistral tool call ids are exactly 9 characters [a-zA-Z0-9].',
          );
        if (style === 'mistral' && !MISTRAL_NAME.test(fn.name))
          bad(`Message ${n}: function name "${fn.name}" is not allowed.`, 'Function names match ^[a-zA-Z0-9_-]{1,64}$.');
        if (defined && !defined.has(fn.name))
          bad(`Message ${n} calls "${fn.name}", which "tools" does not define.`, 'Define every called function in the top-level "tools".');
      }
    }
    if (m.role === 'tool') {
      responses++;
      const linked = typeof m.tool_call_id === 'string' && callIds.includes(m.tool_call_id);
      if (typeof m.tool_call_id !== 'string')
        bad(`Message ${n} (tool) has no tool_call_id.`, 'Give each tool message the id of the call it answers.');
      else if (!linked)
        bad(
          `Message ${n} answers tool call "${m.tool_call_id}", which no earlier assistant message made.`,
          'Match tool_call_id to an earlier tool_calls[].id.',
          style === 'mistral' ? 'error' : 'warning',
        );
    }
  });
  if (style === 'mistral' && responses > callIds.length)
    bad('More tool responses than tool calls.', 'Each tool message answers one earlier tool call.');
  return issues;
}

/** Returns the defined function names (undefined when the line has no "tools"). */
function checkToolDefinitions(style: 'openai' | 'mistral', example: Json, issues: Issue[]): Set<string> | undefined {
  const bad = (message: string, fix: string) => issues.push(issue('invalid_tools', 'error', message, fix));
  if (example.parallel_tool_calls !== undefined && typeof example.parallel_tool_calls !== 'boolean') {
    bad('"parallel_tool_calls" is not a boolean.', 'Use true or false.');
  }
  if (example.tools === undefined) return style === 'mistral' ? new Set() : undefined;
  if (!Array.isArray(example.tools)) {
    bad('"tools" is not an array.', 'Use "tools": [{"type": "function", "function": {...}}].');
    return undefined;
  }
  const names = new Set<string>();
  example.tools.forEach((tool, i) => {
    const fn = isObject(tool) ? tool.function : undefined;
    if (!isObject(tool) || tool.type !== 'function' || !isObject(fn) || typeof fn.name !== 'string') {
      bad(
        `Tool ${i + 1} is not {"type": "function", "function": {"name", ...}}.`,
        'Describe each tool as {"type": "function", "function": {"name", "description", "parameters"}}.',
      );
      return;
    }
    names.add(fn.name);
    if (style === 'mistral' && (typeof fn.description !== 'string' || !isObject(fn.parameters))) {
      bad(
        `Tool "${fn.name}" lacks a description or a parameters object.`,
        'Mistral requires function.name, function.description and function.parameters (an object).',
      );
    }
  });
  return names;
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
