// Llama 3.1 on Bedrock: {"prompt", "completion"} per provider-formats.md §5.6.
import { isBlank, issue, unknownKeys, type Issue, type Json } from './issue.js';

export function checkPromptCompletion(example: Json): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, ['prompt', 'completion'])) {
    const conversational = key === 'messages';
    issues.push(
      issue(
        'unrecognized_key',
        conversational ? 'error' : 'warning',
        `Unexpected key "${key}".`,
        conversational
          ? 'Bedrock Llama takes {"prompt", "completion"}, not "messages": export the dataset for this target.'
          : 'Bedrock Llama lines hold only "prompt" and "completion".',
      ),
    );
  }
  for (const key of ['prompt', 'completion'] as const) {
    if (typeof example[key] !== 'string') {
      issues.push(
        issue(
          'missing_prompt_completion',
          'error',
          `"${key}" is missing or not a string.`,
          'Each line is {"prompt": "...", "completion": "..."} with string values.',
        ),
      );
    }
  }
  if (typeof example.completion === 'string' && isBlank(example.completion)) {
    issues.push(issue('missing_content', 'error', 'The completion is empty.', 'Give the completion the answer the model should learn.'));
  }
  return issues;
}
