// One example against its target's format rules, and its token count against the target's limit.
import type { TargetModel, TokenCount } from '../types.js';
import { checkBedrockClaude } from './bedrock-claude.js';
import { chatDialectFor } from './chat-dialects.js';
import { checkChatExample } from './chat-messages.js';
import { checkControlCharacters } from './control-characters.js';
import { isObject, issue, type Issue } from './issue.js';
import { checkNova } from './nova.js';
import { checkPromptCompletion, checkTextLine } from './prompt-completion.js';
import { checkTemplateTokens } from './template-tokens.js';
import { checkVertexGemini } from './vertex-gemini.js';

/** Share of the limit from which an example gets a "close to the limit" warning. */
const NEAR_LIMIT_SHARE = 0.95;

export function checkExampleFormat(target: TargetModel, example: unknown): Issue[] {
  if (!isObject(example)) {
    return [
      issue(
        'data_type',
        'error',
        `The line is ${Array.isArray(example) ? 'an array' : `a ${example === null ? 'null' : typeof example}`}, not a JSON object.`,
        'Write one JSON object per line.',
      ),
    ];
  }
  return [...checkLine(target, example), ...checkTemplateTokens(target, example), ...checkControlCharacters(target.format, example)];
}

function checkLine(target: TargetModel, example: Record<string, unknown>): Issue[] {
  switch (target.format) {
    case 'openai-chat':
      return checkChatExample(chatDialectFor(target), example);
    case 'bedrock-claude':
      return checkBedrockClaude(example);
    case 'vertex-gemini':
      return checkVertexGemini(example);
    case 'nova-conversation':
      return checkNova(example);
    case 'bedrock-prompt-completion':
      return checkPromptCompletion(example);
    case 'prompt-completion':
      return checkPromptCompletion(example, chatDialectFor(target).host);
    case 'text':
      return checkTextLine(example, chatDialectFor(target).host);
  }
}

export function checkTokens(target: TargetModel, count: TokenCount): Issue[] {
  const limit = target.maxTokensPerExample;
  const what = count.exact ? `${count.tokens} tokens` : `about ${count.tokens} tokens (estimated)`;
  if (count.tokens > limit) {
    const truncates = target.overLimit === 'truncate';
    return [
      issue(
        'tokens_over_limit',
        truncates ? 'warning' : 'error',
        `The example has ${what}, over the ${limit}-token limit of ${target.displayName}; ${truncates ? 'the end will be cut off in training' : 'the provider rejects it'}.`,
        'Shorten the example or split the conversation into smaller examples.',
      ),
    ];
  }
  if (count.tokens >= Math.ceil(limit * NEAR_LIMIT_SHARE)) {
    return [
      issue(
        'tokens_near_limit',
        'warning',
        `The example has ${what}, within ${Math.round((1 - NEAR_LIMIT_SHARE) * 100)}% of the ${limit}-token limit.`,
        count.exact
          ? 'Fine as is; shorten it if you add a system prompt later.'
          : "Check it with the provider's count-tokens API, or shorten it.",
      ),
    ];
  }
  return [];
}
