// Amazon Nova on Bedrock, bedrock-conversation-2024 records (Nova user guide, "Prepare data for
// fine-tuning Understanding models"): schemaVersion, system [{text}], messages with content [{text}].
import { firstPerRule, isBlank, isObject, issue, messagesList, unknownKeys, type Issue, type Json } from './issue.js';

/** Reserved words: a user or system prompt that starts with or contains one fails the training job. */
const NOVA_RESERVED = ['User:', 'Bot:', 'Assistant:', 'System:', '<image>', '<video>', '[EOS]'];

export function checkNova(example: Json): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, ['schemaVersion', 'system', 'messages'])) {
    issues.push(
      issue('unrecognized_key', 'error', `Unexpected top-level key "${key}".`, 'Nova lines hold "schemaVersion", "system" (optional) and "messages".'),
    );
  }
  if (typeof example.schemaVersion !== 'string') {
    issues.push(
      issue('invalid_schema_version', 'error', '"schemaVersion" is missing or not a string.', 'Add "schemaVersion": "bedrock-conversation-2024".'),
    );
  }
  if (example.system !== undefined) {
    const texts = textBlocks(example.system);
    if (!texts) issues.push(issue('invalid_system', 'error', '"system" is not [{"text": ...}].', 'Give "system" as a list of text blocks.'));
    else issues.push(...reserved(texts, 'The system prompt'));
  }
  const messages = messagesList(example, issues);
  if (!messages) return issues;
  const roles = messages.map((m) => (isObject(m) && typeof m.role === 'string' ? m.role : ''));
  messages.forEach((m, i) => {
    const n = i + 1;
    if (!isObject(m) || (m.role !== 'user' && m.role !== 'assistant')) {
      issues.push(issue('unrecognized_role', 'error', `Message ${n} has no role "user" or "assistant".`, 'Nova takes the roles user and assistant.'));
      return;
    }
    for (const key of unknownKeys(m, ['role', 'content']))
      issues.push(issue('message_unrecognized_key', 'error', `Message ${n} has the key "${key}".`, 'Nova messages hold "role" and "content".'));
    const texts = textBlocks(m.content);
    if (!texts || texts.every(isBlank)) {
      issues.push(issue('missing_content', 'error', `Message ${n} has no non-empty [{"text": ...}] content.`, 'Give each message "content": [{"text": "..."}].'));
    } else if (m.role === 'user') issues.push(...reserved(texts, `Message ${n}`));
  });
  if (roles[0] !== 'user')
    issues.push(issue('role_order', 'error', 'The first message is not from the user.', 'Start "messages" with the user turn.'));
  const repeat = roles.findIndex((r, i) => i > 0 && r === roles[i - 1]);
  if (repeat > 0)
    issues.push(issue('role_order', 'error', `Two ${roles[repeat]} messages in a row (message ${repeat + 1}).`, 'Alternate user and assistant turns.'));
  if (!roles.includes('assistant'))
    issues.push(issue('example_missing_assistant_message', 'error', 'The example has no assistant message.', 'Add the reply to learn from.'));
  else if (roles[roles.length - 1] !== 'assistant')
    issues.push(issue('last_message_not_assistant', 'error', 'The last message is not from the assistant.', 'End with the assistant reply.'));
  return firstPerRule(issues);
}

/** The texts of [{text}] blocks (image and video blocks are allowed and skipped); undefined if malformed. */
function textBlocks(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length === 0) return undefined;
  const texts: string[] = [];
  for (const block of value) {
    if (!isObject(block)) return undefined;
    if (typeof block.text === 'string') texts.push(block.text);
    else if (block.image === undefined && block.video === undefined) return undefined;
  }
  return texts;
}

function reserved(texts: string[], what: string): Issue[] {
  const word = NOVA_RESERVED.find((w) => texts.some((t) => t.includes(w)));
  if (!word) return [];
  return [
    issue(
      'forbidden_string',
      'error',
      `${what} contains "${word}", a reserved word for Nova: the training job fails on it.`,
      `Reword it (e.g. "${word.replace(/[:[\]<>]/g, '')}" without the ${word.endsWith(':') ? 'colon' : 'brackets'}).`,
    ),
  ];
}
