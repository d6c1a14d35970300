// How each provider's wire protocol spells a request, an answer and an error, for the scripted servers.
export type Protocol = 'openai' | 'anthropic' | 'google';

export interface ParsedRequest {
  model: string;
  system: string;
  user: string;
  /** OpenAI schema name / Anthropic tool name; Gemini sends none. */
  schemaName?: string;
  schema?: unknown;
  /** The answer-token limit the request sets, as each protocol spells it. */
  maxTokens?: number;
}

interface Usage {
  input: number;
  output: number;
}

type Json = Record<string, any>;

function partsText(content: unknown): string {
  if (typeof content === 'string') return content;
  const parts = (content as { parts?: Array<{ text?: string }> } | undefined)?.parts ?? [];
  return parts.map((part) => part.text ?? '').join('');
}

export function routeMatches(protocol: Protocol, method: string, path: string): boolean {
  if (method !== 'POST') return false;
  if (protocol === 'openai') return path.endsWith('/chat/completions');
  if (protocol === 'anthropic') return path.endsWith('/v1/messages');
  return /\/models\/[^/]+:generateContent$/.test(path);
}

export function parseRequest(protocol: Protocol, path: string, body: Json): ParsedRequest {
  if (protocol === 'openai') {
    const messages: Array<{ role: string; content: string }> = body.messages ?? [];
    return {
      model: body.model,
      system: messages.find((m) => m.role === 'system')?.content ?? '',
      user: messages.find((m) => m.role === 'user')?.content ?? '',
      schemaName: body.response_format?.json_schema?.name,
      schema: body.response_format?.json_schema?.schema,
      maxTokens: body.max_tokens ?? body.max_completion_tokens,
    };
  }
  if (protocol === 'anthropic') {
    const first = body.messages?.[0]?.content;
    return {
      model: body.model,
      system: typeof body.system === 'string' ? body.system : '',
      user: typeof first === 'string' ? first : '',
      schemaName: body.tool_choice?.name,
      schema: body.tools?.[0]?.input_schema,
      maxTokens: body.max_tokens,
    };
  }
  const model = decodeURIComponent(/\/models\/([^/:]+):/.exec(path)?.[1] ?? '');
  return {
    model,
    system: partsText(body.systemInstruction),
    user: (body.contents ?? []).map(partsText).join(''),
    schema: body.generationConfig?.responseJsonSchema,
    maxTokens: body.generationConfig?.maxOutputTokens,
  };
}

/**
 * A 200 answer whose structured payload is `answer`, or free text when `text` is given; `truncated`
 * reports it stopped at the token limit, as each protocol spells it.
 */
export function answerBody(protocol: Protocol, request: ParsedRequest, payload: { answer?: unknown; text?: string; truncated?: boolean }, usage: Usage): Json {
  const text = payload.text ?? JSON.stringify(payload.answer);
  const cut = payload.truncated === true;
  if (protocol === 'openai') {
    return {
      id: 'chatcmpl-test',
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: request.model,
      choices: [{ index: 0, message: { role: 'assistant', content: text, refusal: null }, finish_reason: cut ? 'length' : 'stop', logprobs: null }],
      usage: { prompt_tokens: usage.input, completion_tokens: usage.output, total_tokens: usage.input + usage.output },
    };
  }
  if (protocol === 'anthropic') {
    const content =
      payload.text === undefined
        ? [{ type: 'tool_use', id: 'toolu_test', name: request.schemaName, input: payload.answer }]
        : [{ type: 'text', text: payload.text }];
    return {
      id: 'msg_test',
      type: 'message',
      role: 'assistant',
      model: request.model,
      content,
      stop_reason: cut ? 'max_tokens' : payload.text === undefined ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: usage.output },
    };
  }
  return {
    candidates: [{ content: { parts: [{ text }], role: 'model' }, finishReason: cut ? 'MAX_TOKENS' : 'STOP', index: 0 }],
    usageMetadata: { promptTokenCount: usage.input, candidatesTokenCount: usage.output, totalTokenCount: usage.input + usage.output },
    modelVersion: request.model,
  };
}

export function errorBody(protocol: Protocol, status: number, message: string): Json {
  if (protocol === 'openai') return { error: { message, type: status === 429 ? 'rate_limit_exceeded' : 'api_error', code: null, param: null } };
  if (protocol === 'anthropic') return { type: 'error', error: { type: status === 429 ? 'rate_limit_error' : 'api_error', message } };
  return { error: { code: status, message, status: status === 429 ? 'RESOURCE_EXHAUSTED' : 'INTERNAL' } };
}
