// A problem found in one example, before it is tied to a line number.
import type { Finding, Severity } from '../types.js';

export type Issue = Omit<Finding, 'line'>;
export type Json = Record<string, unknown>;

export function issue(rule: string, severity: Severity, message: string, fix: string): Issue {
  return { rule, severity, message, fix };
}

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const isBlank = (value: unknown): boolean => typeof value !== 'string' || value.trim() === '';

/** Keeps the first issue of each rule, so one broken example does not flood the report. */
export function firstPerRule(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.rule) && seen.add(i.rule));
}

export function unknownKeys(object: Json, allowed: readonly string[]): string[] {
  return Object.keys(object).filter((key) => !allowed.includes(key));
}

export function list(items: readonly string[]): string {
  return items.map((i) => `"${i}"`).join(', ');
}

/** The shared first check of the {"messages": [...]} formats; undefined when there is no list to check. */
export function messagesList(example: Json, issues: Issue[]): unknown[] | undefined {
  const messages = example.messages;
  if (Array.isArray(messages) && messages.length > 0) return messages;
  issues.push(
    issue(
      'missing_messages_list',
      'error',
      'The line has no non-empty "messages" array.',
      'Put the conversation in "messages": [{"role": "user", "content": ...}, {"role": "assistant", "content": ...}].',
    ),
  );
  return undefined;
}
