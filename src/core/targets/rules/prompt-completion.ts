// {"prompt", "completion"} lines: Llama on Bedrock (provider-formats.md §5.6) and the instruction
// format of Together and Hugging Face TRL; plus TRL's and Together's plain {"text"} lines.
import { isBlank, issue, unknownKeys, type Issue, type Json } from './issue.js';

export function checkPromptCompletion(example: Json, host = 'Bedrock Llama'): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, ['prompt', 'completion'])) {
    const conversational = key === 'messages' || key === 'text';
    issues.push(
      issue(
        'unrecognized_key',
        conversational ? 'error' : 'warning',
        `Unexpected key "${key}".`,
        conversational
          ? `${host} takes {"prompt", "completion"} lines here, not "${key}": one format per file; export the dataset for this format.`
          : `${host} prompt/completion lines hold only "prompt" and "completion".`,
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

export function checkTextLine(example: Json, host: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of unknownKeys(example, ['text'])) {
    issues.push(
      issue('unrecognized_key', 'error', `Unexpected key "${key}".`, `${host} text lines hold only "text": one format per file.`),
    );
  }
  if (typeof example.text !== 'string') {
    issues.push(issue('missing_text', 'error', '"text" is missing or not a string.', 'Each line is {"text": "..."}.'));
  } else if (isBlank(example.text)) {
    issues.push(issue('missing_content', 'error', 'The text is empty.', 'Give every line non-empty text, or drop it.'));
  }
  return issues;
}
