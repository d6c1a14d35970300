// Claude 3 Haiku on Bedrock: provider-formats.md §2.7 (Anthropic cookbook [B4], AWS sample validator [B3]).
import { firstPerRule, isBlank, isObject, issue, messagesList, unknownKeys, type Issue, type Json } from './issue.js';

const RESERVED = ['\nHuman:', '\nAssistant:'];

export function checkBedrockClaude(example: Json): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, ['system', 'messages'])) {
    issues.push(
      issue(
        'unrecognized_key',
        'error',
        `Unexpected top-level key "${key}".`,
        'Bedrock Claude lines hold only "system" (optional) and "messages"; no extraneous keys are allowed.',
      ),
    );
  }
  if (example.system !== undefined && typeof example.system !== 'string') {
    issues.push(issue('invalid_system', 'error', '"system" is not a string.', 'Make "system" a string, or leave it out.'));
  } else if (example.system !== undefined && isBlank(example.system)) {
    issues.push(issue('invalid_system', 'warning', '"system" is empty.', 'Leave "system" out rather than sending an empty one.'));
  }
  const messages = messagesList(example, issues);
  if (!messages) return issues;
  if (messages.length < 2)
    issues.push(
      issue(
        'too_few_messages',
        'error',
        'The example has only one message.',
        'Bedrock needs at least a user message and an assistant reply.',
      ),
    );
  const roles = messages.map((m) => (isObject(m) && typeof m.role === 'string' ? m.role : ''));
  messages.forEach((m, i) => issues.push(...checkMessage(m, i + 1)));
  if (roles[0] !== 'user')
    issues.push(
      issue(
        'role_order',
        'error',
        `The first message is from ${roles[0] || 'an unknown role'}, not the user.`,
        'Start with the user message; put instructions in "system".',
      ),
    );
  const repeat = roles.findIndex((r, i) => i > 0 && r === roles[i - 1]);
  if (repeat > 0)
    issues.push(
      issue(
        'role_order',
        'error',
        `Two ${roles[repeat]} messages in a row (messages ${repeat} and ${repeat + 1}).`,
        'User and assistant messages must alternate: merge the repeated turns.',
      ),
    );
  if (roles[roles.length - 1] !== 'assistant')
    issues.push(
      issue(
        'last_message_not_assistant',
        'error',
        'The last message is not from the assistant.',
        'End every example with the assistant reply; drop trailing user turns.',
      ),
    );
  for (const text of [example.system, ...messages.map((m) => (isObject(m) ? m.content : undefined))]) {
    const found = typeof text === 'string' ? RESERVED.find((r) => text.includes(r)) : undefined;
    if (found)
      issues.push(
        issue(
          'forbidden_string',
          'error',
          `The text contains the reserved string ${JSON.stringify(found)}.`,
          'Rewrite it, e.g. "\\nHuman" without the colon, or "User:"; Anthropic reserves "\\nHuman:" and "\\nAssistant:".',
        ),
      );
  }
  return firstPerRule(issues);
}

function checkMessage(m: unknown, n: number): Issue[] {
  if (!isObject(m) || m.role === undefined || m.content === undefined) {
    return [
      issue(
        'message_missing_key',
        'error',
        `Message ${n} lacks "role" or "content".`,
        'Each message is exactly {"role": "user" | "assistant", "content": "..."}.',
      ),
    ];
  }
  const issues: Issue[] = [];
  for (const key of unknownKeys(m, ['role', 'content'])) {
    issues.push(
      issue(
        'message_unrecognized_key',
        'error',
        `Message ${n} has the key "${key}".`,
        'Bedrock Claude messages have only "role" and "content".',
      ),
    );
  }
  if (m.role !== 'user' && m.role !== 'assistant') {
    issues.push(
      issue(
        'unrecognized_role',
        'error',
        `Message ${n} has the role ${JSON.stringify(m.role)}.`,
        m.role === 'system' ? 'Move the system prompt to the top-level "system" field.' : 'Use "user" or "assistant".',
      ),
    );
  }
  if (isBlank(m.content))
    issues.push(
      issue('missing_content', 'error', `Message ${n} has empty or non-text content.`, 'Give the message non-empty string content.'),
    );
  return issues;
}
