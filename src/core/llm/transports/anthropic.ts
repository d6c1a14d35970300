// Anthropic Messages API: the answer schema is a tool's input_schema and tool_choice forces that tool.
// The current Messages API has no sampling parameters (temperature was removed), so variety reaches
// Claude through the prompt's instructions only.
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages/messages';
import type { ProviderSettings } from '../provider-settings.js';
import type { LlmRequest } from '../types.js';
import { DEFAULT_MAX_OUTPUT_TOKENS, SDK_TIMEOUT_MS, type RawAnswer, type Transport } from './transport.js';

/** The Messages body of one request (also the params of one Message Batches request). */
export function anthropicMessageBody(model: string, request: Omit<LlmRequest, 'signal'>): MessageCreateParamsNonStreaming {
  return {
    model,
    max_tokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    system: request.system,
    messages: [{ role: 'user', content: request.user }],
    tools: [
      {
        name: request.schemaName,
        description: 'Return your whole answer through this tool, as its input.',
        input_schema: request.schema as { type: 'object'; [key: string]: unknown },
      },
    ],
    tool_choice: { type: 'tool', name: request.schemaName },
  };
}

/** The raw answer in a message (a live answer, or a succeeded Message Batches result). */
export function rawAnswerOfMessage(message: Message, schemaName: string): RawAnswer {
  const usage = { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens };
  // A tool input cut at max_tokens is partial: never use it as an answer.
  if (message.stop_reason === 'max_tokens') return { usage, model: message.model, truncated: true };
  const toolUse = message.content.find((block) => block.type === 'tool_use' && block.name === schemaName);
  if (toolUse && toolUse.type === 'tool_use') return { value: toolUse.input, usage, model: message.model };
  const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
  return { text, usage, model: message.model, problem: `the answer did not call the ${schemaName} tool` };
}

export async function createAnthropicTransport(settings: ProviderSettings, model: string): Promise<Transport> {
  const { default: Anthropic } = await import('@anthropic-ai/sdk');
  const client = new Anthropic({
    apiKey: settings.apiKey,
    authToken: null,
    baseURL: settings.baseURL,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    logLevel: 'off',
  });

  return {
    async send(request, signal): Promise<RawAnswer> {
      const message = await client.messages.create(anthropicMessageBody(model, request), { signal });
      return rawAnswerOfMessage(message, request.schemaName);
    },
  };
}
