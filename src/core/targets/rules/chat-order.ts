// Role order rules for the messages format, per host.
import type { ChatDialect } from './chat-dialects.js';
import { issue, type Issue } from './issue.js';

// mistral-common's finetuning validator: which role may follow which.
const MISTRAL_NEXT: Record<string, readonly string[]> = {
  system: ['user', 'assistant', 'system'],
  user: ['assistant', 'system', 'user'],
  assistant: ['assistant', 'user', 'tool'],
  tool: ['assistant', 'tool', 'user'],
};

export function checkRoleOrder(d: ChatDialect, roles: string[]): Issue[] {
  const issues: Issue[] = [];
  const systems = roles.flatMap((r, i) => (r === 'system' ? [i] : []));
  if (d.order === 'mistral') {
    if (systems.length > 1)
      issues.push(
        systemIssue(
          'error',
          `The example has ${systems.length} system messages.`,
          'Mistral accepts at most one system message: merge them.',
        ),
      );
    const bad = roles.findIndex((r, i) => i > 0 && MISTRAL_NEXT[roles[i - 1]] && !MISTRAL_NEXT[roles[i - 1]].includes(r));
    if (bad > 0)
      issues.push(
        orderIssue(
          `A ${roles[bad]} message follows a ${roles[bad - 1]} message (message ${bad + 1}).`,
          'Mistral allows user → assistant/user/system, assistant → user/assistant/tool, tool → assistant/tool/user.',
        ),
      );
    if (roles.length === 1 && roles[0] !== 'user' && roles[0] !== 'system')
      issues.push(orderIssue('A one-message conversation must start with user or system.', 'Add the user turn first.'));
  }
  if (d.order === 'together' || d.order === 'system-first') {
    if (systems.some((i) => i > 0))
      issues.push(
        systemIssue(
          'error',
          `A system message appears at position ${systems.find((i) => i > 0)! + 1}.`,
          `${d.host} accepts a system message only as the first message.`,
        ),
      );
  }
  if (d.order === 'together') {
    if (roles[0] !== undefined && roles[0] !== 'system' && roles[0] !== 'user')
      issues.push(
        orderIssue(`The conversation starts with ${roles[0]}.`, 'Together requires the conversation to start with system or user.'),
      );
    const repeat = roles.findIndex((r, i) => i > 0 && r === roles[i - 1]);
    if (repeat > 0)
      issues.push(
        orderIssue(
          `Two ${roles[repeat]} messages in a row (messages ${repeat} and ${repeat + 1}).`,
          'Together requires user and assistant to alternate: merge or remove the repeated turn.',
        ),
      );
  }
  const last = roles[roles.length - 1];
  if (roles.includes('assistant') && last !== 'assistant') {
    issues.push(
      issue(
        'last_message_not_assistant',
        d.lastNotAssistant,
        `The last message is from ${last || 'an unknown role'}, not the assistant.`,
        d.lastNotAssistant === 'error'
          ? `${d.host} requires the last message to be the assistant's: drop the trailing turns.`
          : 'Turns after the last assistant message are not trained on: drop them.',
      ),
    );
  }
  return issues;
}

function orderIssue(message: string, fix: string): Issue {
  return issue('role_order', 'error', message, fix);
}

function systemIssue(severity: 'error' | 'warning', message: string, fix: string): Issue {
  return issue('system_placement', severity, message, fix);
}
