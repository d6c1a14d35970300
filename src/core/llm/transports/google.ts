// Gemini generateContent with responseMimeType application/json and responseJsonSchema.
import type { ProviderSettings } from '../provider-settings.js';
import { DEFAULT_MAX_OUTPUT_TOKENS, type RawAnswer, type Transport } from './transport.js';

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
          config: {
            systemInstruction: request.system,
            temperature: request.temperature,
            responseMimeType: 'application/json',
            responseJsonSchema: request.schema,
            maxOutputTokens: request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
            abortSignal: signal,
            httpOptions: { fetch: fetchKeepingHeaders },
          },
        });
        const meta = response.usageMetadata;
        const usage = {
          inputTokens: meta?.promptTokenCount ?? 0,
          outputTokens: (meta?.candidatesTokenCount ?? 0) + (meta?.thoughtsTokenCount ?? 0),
        };
        const text = response.text;
        const finish = response.candidates?.[0]?.finishReason;
        const problem = text ? undefined : `the answer was empty${finish ? ` (finish reason ${finish})` : ''}`;
        return { text, usage, model: response.modelVersion ?? model, problem, truncated: String(finish) === 'MAX_TOKENS' };
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
function withoutConsoleWarnings<T>(create: () => T): T {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return create();
  } finally {
    console.warn = warn;
  }
}
