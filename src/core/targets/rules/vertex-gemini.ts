// Gemini supervised tuning on Vertex AI: provider-formats.md §3.4.
import { firstPerRule, isBlank, isObject, issue, unknownKeys, type Issue, type Json } from './issue.js';

const TOP_LEVEL = ['contents', 'systemInstruction', 'system_instruction', 'tools'];
const PART_FIELDS = ['text', 'fileData', 'functionCall', 'functionResponse'];

export function checkVertexGemini(example: Json): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, TOP_LEVEL)) {
    issues.push(
      issue(
        'unrecognized_key',
        'warning',
        `Unexpected top-level key "${key}".`,
        'Vertex lines hold "contents", optionally "systemInstruction" and "tools".',
      ),
    );
  }
  const system = example.systemInstruction ?? example.system_instruction;
  if (system !== undefined) issues.push(...checkSystem(system));
  const contents = example.contents;
  if (!Array.isArray(contents) || contents.length === 0) {
    issues.push(
      issue(
        'missing_contents',
        'error',
        'The line has no non-empty "contents" array.',
        'Put the turns in "contents": [{"role": "user", "parts": [{"text": ...}]}, {"role": "model", ...}].',
      ),
    );
    return issues;
  }
  const roles = contents.map((c) => (isObject(c) && typeof c.role === 'string' ? c.role : ''));
  contents.forEach((c, i) => issues.push(...checkContent(c, i + 1)));
  if (!roles.includes('model'))
    issues.push(
      issue(
        'example_missing_assistant_message',
        'error',
        'The example has no "model" turn.',
        'Add the model reply to learn from, with role "model".',
      ),
    );
  if (roles[0] !== 'user')
    issues.push(
      issue(
        'role_order',
        'warning',
        'The conversation does not start with a user turn.',
        'Start with the user turn (recommended by Google).',
      ),
    );
  const repeat = roles.findIndex((r, i) => i > 0 && r === roles[i - 1]);
  if (repeat > 0)
    issues.push(
      issue(
        'role_order',
        'warning',
        `Two ${roles[repeat]} turns in a row (turns ${repeat} and ${repeat + 1}).`,
        'Alternate user and model turns: merge the repeated turn.',
      ),
    );
  if (roles.includes('model') && roles[roles.length - 1] !== 'model') {
    issues.push(
      issue('last_message_not_assistant', 'warning', 'The last turn is not from the model.', 'End the example with the model reply.'),
    );
  }
  return firstPerRule(issues);
}

function checkSystem(system: unknown): Issue[] {
  const parts = isObject(system) ? system.parts : undefined;
  const ok =
    Array.isArray(parts) &&
    parts.length > 0 &&
    parts.every((p) => isObject(p) && typeof p.text === 'string' && Object.keys(p).length === 1);
  return ok
    ? []
    : [
        issue(
          'invalid_system',
          'error',
          '"systemInstruction" is not {"parts": [{"text": ...}]}.',
          'The system instruction holds text parts only.',
        ),
      ];
}

function checkContent(c: unknown, n: number): Issue[] {
  if (!isObject(c) || c.role === undefined) {
    return [issue('message_missing_key', 'error', `Turn ${n} has no "role".`, 'Each turn is {"role": "user" | "model", "parts": [...]}.')];
  }
  const issues: Issue[] = [];
  if (c.role !== 'user' && c.role !== 'model') {
    issues.push(
      issue(
        'unrecognized_role',
        'error',
        `Turn ${n} has the role ${JSON.stringify(c.role)}.`,
        c.role === 'assistant' ? 'Gemini calls the assistant "model".' : 'Use "user" or "model".',
      ),
    );
  }
  if (!Array.isArray(c.parts) || c.parts.length === 0) {
    issues.push(
      issue('invalid_parts', 'error', `Turn ${n} has no non-empty "parts" array.`, 'Put the text in "parts": [{"text": "..."}].'),
    );
    return issues;
  }
  for (const part of c.parts) {
    const fields = isObject(part) ? Object.keys(part).filter((k) => PART_FIELDS.includes(k)) : [];
    if (!isObject(part) || fields.length !== 1 || Object.keys(part).length !== 1) {
      issues.push(
        issue(
          'invalid_parts',
          'error',
          `Turn ${n} has a part that is not exactly one of ${PART_FIELDS.join(', ')}.`,
          'Each part holds one field, e.g. {"text": "..."}.',
        ),
      );
    } else if (fields[0] === 'text' && isBlank(part.text)) {
      issues.push(issue('missing_content', 'error', `Turn ${n} has an empty text part.`, 'Give every text part non-empty text.'));
    }
  }
  return issues;
}
