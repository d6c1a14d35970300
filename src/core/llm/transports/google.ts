// Gemini generateContent with responseMimeType application/json and responseJsonSchema.
import type { GenerateContentConfig, GenerateContentResponse } from '@google/genai';
import type { ProviderSettings } from '../provider-settings.js';
import type { LlmRequest } from '../types.js';
import { DEFAULT_MAX_OUTPUT_TOKENS, type RawAnswer, type Transport } from './transport.js';

/** The generation config of one request (also of one inlined request of a Gemini batch). */
export function geminiConfig(request: Omit<LlmRequest, 'signal'>): GenerateContentConfig {
  return {
    systemInstruction: request.system,
    temperature: request.temperature,
    responseMimeType: 'application/json',
    responseJsonSchema: request.schema,
    maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
  };
}

/** The raw answer in a response; `text` is the answer's text (the SDK's getter live, the parts in a batch). */
export function rawAnswerOfGemini(response: Pick<GenerateContentResponse, 'candidates' | 'usageMetadata' | 'modelVersion'>, text: string | undefined, model: string): RawAnswer {
  const meta = response.usageMetadata;
  const usage = {
    inputTokens: meta?.promptTokenCount ?? 0,
    outputTokens: (meta?.candidatesTokenCount ?? 0) + (meta?.thoughtsTokenCount ?? 0),
  };
  const finish = response.candidates?.[0]?.finishReason;
  const problem = text ? undefined : `the answer was empty${finish ? ` (finish reason ${finish})` : ''}`;
  return { text, usage, model: response.modelVersion ?? model, problem, truncated: String(finish) === 'MAX_TOKENS' };
}

export async function createGoogleTransport(settings: ProviderSettings, model: string): Promise<Transport> {
  const { GoogleGenAI } = await import('@google/genai');
  const ai = withoutConsoleWarnings(
    () => new GoogleGenAI({ apiKey: settings.apiKey, vertexai: false, httpOptions: { baseUrl: settings.baseURL } }),
  );

  return {
    async send(request, signal): Promise<RawAnswer> {
      // The SDK's ApiError keeps only status and body; keep the headers for Retry-After.
      let failedHeaders: Headers | undefined;
      const fetchKeepingHeaders: typeof fetch = async (input, init) => {
        const response = await fetch(input, init);
        if (!response.ok) failedHeaders = response.headers;
        return response;
      };
      try {
        const response = await ai.models.generateContent({
          model,
          contents: request.user,
          config: { ...geminiConfig(request), abortSignal: signal, httpOptions: { fetch: fetchKeepingHeaders } },
        });
        return rawAnswerOfGemini(response, response.text, model);
      } catch (error) {
        if (failedHeaders && error && typeof error === 'object' && !('headers' in error)) Object.assign(error, { headers: failedHeaders });
        throw error;
      }
    },
  };
}

/**
 * The SDK's constructor reads GOOGLE_API_KEY and GEMINI_API_KEY from process.env even when given a key,
 * and console.warns when both are set: a stray line that would corrupt the Ink screen. We already chose
 * the key (provider-settings.ts), so the warning carries nothing for us.
 */
export function withoutConsoleWarnings<T>(create: () => T): T {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return create();
  } finally {
    console.warn = warn;
  }
}
