// OpenAI, Mistral, Llama hosts and local servers (Ollama, vLLM, LM Studio): the Chat Completions API
// with response_format json_schema, which is what OpenAI-compatible servers implement.
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { ProviderSettings } from '../provider-settings.js';
import type { LlmRequest } from '../types.js';
import { DEFAULT_MAX_OUTPUT_TOKENS, SDK_TIMEOUT_MS, type RawAnswer, type Transport } from './transport.js';

/** OpenAI reasoning models reject `temperature` and `max_tokens`. */
function isOpenAiReasoningModel(settings: ProviderSettings, model: string): boolean {
  return settings.provider === 'openai' && /^(o\d|gpt-5)/i.test(model);
}

/** The Chat Completions body of one request (also one line of an OpenAI batch file). */
export function chatCompletionBody(settings: ProviderSettings, model: string, request: LlmRequest): ChatCompletionCreateParamsNonStreaming {
  const limit = request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
  const reasoning = isOpenAiReasoningModel(settings, model);
  return {
    model,
    messages: [
      { role: 'system', content: request.system },
      { role: 'user', content: request.user },
    ],
    response_format: { type: 'json_schema', json_schema: { name: request.schemaName, schema: request.schema, strict: true } },
    ...(reasoning ? {} : { temperature: request.temperature }),
    ...(reasoning ? { max_completion_tokens: limit } : { max_tokens: limit }),
  };
}

/** The raw answer in a chat completion (a live answer, or one line of a batch's results). */
export function rawAnswerOf(completion: ChatCompletion): RawAnswer {
  const choice = completion.choices[0];
  const message = choice?.message;
  const usage = { inputTokens: completion.usage?.prompt_tokens ?? 0, outputTokens: completion.usage?.completion_tokens ?? 0 };
  const problem = message?.refusal ? `the model refused: ${message.refusal}` : message?.content ? undefined : 'the answer was empty';
  return { text: message?.content ?? undefined, usage, model: completion.model, problem, truncated: choice?.finish_reason === 'length' };
}

export async function createOpenAiCompatibleTransport(settings: ProviderSettings, model: string): Promise<Transport> {
  const { default: OpenAI } = await import('openai');
  // logLevel off: a stray SDK warning would corrupt the Ink screen; our errors carry what matters.
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 0, timeout: SDK_TIMEOUT_MS, logLevel: 'off' });
  return {
    async send(request, signal): Promise<RawAnswer> {
      return rawAnswerOf(await client.chat.completions.create(chatCompletionBody(settings, model, request), { signal }));
    },
  };
}
