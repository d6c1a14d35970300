// Checks for the OpenAI-style {"messages": [...]} format (OpenAI, Mistral, Together, Fireworks, TRL).
import type { ChatDialect } from './chat-dialects.js';
import { checkRoleOrder } from './chat-order.js';
import { checkToolCalls } from './tool-calls.js';
import { firstPerRule, isBlank, isObject, issue, list, messagesList, unknownKeys, type Issue, type Json } from './issue.js';

export function checkChatExample(d: ChatDialect, example: Json): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, d.topLevelKeys)) {
    issues.push(
      issue(
        'unrecognized_key',
        d.unknownTopLevelKey,
        `Unexpected top-level key "${key}".`,
        `${d.host} lines hold only ${list(d.topLevelKeys)}; remove "${key}".`,
      ),
    );
  }
  const messages = messagesList(example, issues);
  if (!messages) return issues;
  const roles: string[] = [];
  messages.forEach((m, i) => {
    if (!isObject(m)) {
      issues.push(
        issue('message_missing_key', 'error', `Message ${i + 1} is not an object.`, 'Each message is an object with "role" and "content".'),
      );
      return;
    }
    roles.push(typeof m.role === 'string' ? m.role : '');
    issues.push(...checkMessage(d, m, i + 1));
  });
  if (!roles.includes('assistant')) {
    issues.push(
      issue(
        'example_missing_assistant_message',
        'error',
        'The example has no assistant message.',
        'Add the assistant reply the model should learn; without one there is nothing to train on.',
      ),
    );
  }
  issues.push(...checkRoleOrder(d, roles));
  if (d.tools !== 'none') issues.push(...checkToolCalls(d.tools, example, messages.filter(isObject)));
  if (d.cookbookWarnings) issues.push(...cookbookWarnings(roles));
  return firstPerRule(issues);
}

function checkMessage(d: ChatDialect, m: Json, n: number): Issue[] {
  const issues: Issue[] = [];
  const role = m.role;
  const allowed = ['role', 'content', ...(d.messageKeys['*'] ?? []), ...(typeof role === 'string' ? (d.messageKeys[role] ?? []) : [])];
  const callsTool = m.tool_calls !== undefined || m.function_call !== undefined;
  if (typeof role !== 'string' || (m.content === undefined && !callsTool)) {
    issues.push(
      issue(
        'message_missing_key',
        'error',
        `Message ${n} lacks "${typeof role !== 'string' ? 'role' : 'content'}".`,
        'Give every message a string "role" and a "content".',
      ),
    );
  }
  for (const key of unknownKeys(m, allowed)) {
    issues.push(
      issue(
        'message_unrecognized_key',
        d.unknownMessageKey,
        `Message ${n} has the key "${key}", which ${d.host} does not accept${typeof role === 'string' ? ` on ${role} messages` : ''}.`,
        `Remove "${key}"; allowed keys here: ${list(allowed)}.`,
      ),
    );
  }
  if (typeof role === 'string' && !d.roles.includes(role)) {
    issues.push(issue('unrecognized_role', 'error', `Message ${n} has the role "${role}".`, `Use one of ${list(d.roles)}.`));
  }
  // OpenAI's schema allows "content": null on an assistant message that carries tool_calls.
  const noContent = m.content === undefined || (m.content === null && callsTool);
  if (!noContent || !callsTool) {
    const parts = Array.isArray(m.content) && typeof role === 'string' && d.partsRoles.includes(role);
    if (parts) issues.push(...checkParts(m.content as unknown[], role as string, n));
    if (parts ? (m.content as unknown[]).length === 0 : isBlank(m.content)) {
      issues.push(
        issue(
          'missing_content',
          'error',
          `Message ${n} has ${typeof m.content === 'string' || m.content === undefined ? 'empty' : 'non-text'} content.`,
          'Give the message non-empty text content, or drop the message.',
        ),
      );
    }
  }
  if (m.weight !== undefined && d.weightRoles.length > 0) {
    const ok = (m.weight === 0 || m.weight === 1) && typeof role === 'string' && d.weightRoles.includes(role);
    if (!ok)
      issues.push(
        issue(
          'invalid_weight',
          'error',
          `Message ${n} has weight ${JSON.stringify(m.weight)}${typeof role === 'string' ? ` on a ${role} message` : ''}.`,
          `"weight" must be the integer 0 or 1, on ${list(d.weightRoles)} messages only.`,
        ),
      );
  }
  return issues;
}

/** Content parts: text everywhere, images in user messages only, refusals in assistant messages. */
function checkParts(parts: unknown[], role: string, n: number): Issue[] {
  const allowed = role === 'user' ? ['text', 'image_url'] : role === 'assistant' ? ['text', 'refusal'] : ['text'];
  const bad = parts.find((p) => !isObject(p) || !allowed.includes(String(p.type)) || (p.type === 'text' && typeof p.text !== 'string'));
  if (bad === undefined) return [];
  return [
    issue(
      'invalid_parts',
      'error',
      `Message ${n} has a content part that is not ${list(allowed.map((t) => `{"type": "${t}"}`))}.`,
      'Each part is {"type": "text", "text": "..."}' + (role === 'user' ? ' or an image_url part.' : '.'),
    ),
  ];
}

function cookbookWarnings(roles: string[]): Issue[] {
  const issues: Issue[] = [];
  if (!roles.includes('system')) {
    issues.push(
      issue(
        'missing_system_message',
        'warning',
        'The example has no system message.',
        'Fine if intended; use the same system prompt in training and in production.',
      ),
    );
  }
  if (!roles.includes('user')) {
    issues.push(
      issue('missing_user_message', 'warning', 'The example has no user message.', 'Add the user turn the assistant is answering.'),
    );
  }
  return issues;
}
