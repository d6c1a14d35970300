// createAgentClient: one AgentClient per (provider, model), with our retry, timeout, concurrency
// limit, JSON parsing and cost accounting around the vendor SDK.
import { CancelledError } from '../errors.js';
import { runAttempt } from './attempt.js';
import { classifyFailure } from './classify-failure.js';
import { LlmError } from './errors.js';
import { ConcurrencyLimiter } from './limiter.js';
import { recoverJson } from './json-recovery.js';
import { scrubSecrets } from '../scrub-secrets.js';
import { costOf, priceFor, type ModelPrice } from './prices.js';
import { resolveProviderSettings, type ProviderSettings } from './provider-settings.js';
import { withRetry, type RetryPolicy } from './retry.js';
import { DEFAULT_MAX_OUTPUT_TOKENS, type RawAnswer, type Transport } from './transports/transport.js';
import { schemaForProvider } from './wire-schema.js';
import type { ClientUsage, AgentClient, AgentProvider, LlmRequest, LlmResponse, RetryNotice } from './types.js';

export interface AgentClientOptions {
  provider: AgentProvider;
  model: string;
  env: NodeJS.ProcessEnv;
  /** Per-attempt timeout. */
  timeoutMs: number;
  /** Retries after the first attempt for 429, 5xx, timeouts and network errors. */
  maxRetries: number;
  /** Requests in flight at most (default 4). Ignored when `limiter` is given. */
  concurrency?: number;
  /** Share one limit between several clients (e.g. the writer and the judge). */
  limiter?: ConcurrencyLimiter;
  /** Backoff tuning (tests use small values). */
  retry?: Omit<RetryPolicy, 'maxRetries'>;
  onRetry?: (notice: RetryNotice) => void;
  /** The user's own price for the model (config system.price); else the built-in table. */
  price?: Omit<ModelPrice, 'known'>;
}

async function createTransport(settings: ProviderSettings, model: string): Promise<Transport> {
  switch (settings.sdk) {
    case 'anthropic':
      return (await import('./transports/anthropic.js')).createAnthropicTransport(settings, model);
    case 'google':
      return (await import('./transports/google.js')).createGoogleTransport(settings, model);
    default:
      return (await import('./transports/openai-compatible.js')).createOpenAiCompatibleTransport(settings, model);
  }
}

/** Throws a ConfigError naming the missing variable before any SDK is loaded. */
export async function createAgentClient(options: AgentClientOptions): Promise<AgentClient> {
  const settings = resolveProviderSettings(options.provider, options.env);
  const transport = await createTransport(settings, options.model);
  const limiter = options.limiter ?? new ConcurrencyLimiter(options.concurrency ?? 4);
  const price = options.price ? { ...options.price, known: true } : priceFor(options.provider, options.model);
  const policy: RetryPolicy = { ...options.retry, maxRetries: options.maxRetries };
  const context = { settings, model: options.model };

  const usage: ClientUsage = { requests: 0, failed: 0, retried: 0, rateLimited: 0, inputTokens: 0, outputTokens: 0 };
  const attempt = (asked: LlmRequest) => {
    const request = { ...asked, schema: schemaForProvider(options.provider, asked.schema) };
    return limiter.run(
      () => {
        usage.requests++;
        return runAttempt(
          (signal) =>
            transport.send(request, signal).catch((error: unknown) => {
              throw classifyFailure(error, context);
            }),
          { timeoutMs: options.timeoutMs, provider: options.provider, outer: request.signal },
        );
      },
      request.signal,
    );
  };

  let tokensUsed = 0;
  return {
    provider: options.provider,
    model: options.model,
    endpoint: publicEndpoint(settings.baseURL, settings.apiKey),
    usage,
    priceKnown: price.known,
    get tokensUsed() {
      return tokensUsed;
    },
    get inFlight() {
      return limiter.active;
    },
    get peakInFlight() {
      return limiter.peakActive;
    },
    async complete(request: LlmRequest): Promise<LlmResponse> {
      if (request.signal?.aborted) throw new CancelledError();
      let raw: RawAnswer;
      try {
        raw = await withRetry(() => attempt(request), policy, {
          signal: request.signal,
          onRetry: ({ attempt: number, delayMs, error }) => {
            usage.retried++;
            if (error.kind === 'rate_limit') usage.rateLimited++;
            options.onRetry?.({ provider: options.provider, attempt: number, delayMs, reason: error.message, rateLimited: error.kind === 'rate_limit' });
          },
        });
      } catch (error) {
        if (!request.signal?.aborted) usage.failed++;
        throw error;
      }
      tokensUsed += raw.usage.inputTokens + raw.usage.outputTokens;
      usage.inputTokens += raw.usage.inputTokens;
      usage.outputTokens += raw.usage.outputTokens;
      const costUsd = costOf(raw.usage, price);
      try {
        return { json: parseAnswer(raw, request, settings, costUsd), usage: raw.usage, costUsd, model: raw.model ?? options.model };
      } catch (error) {
        usage.failed++;
        throw error;
      }
    },
  };
}

/** The JSON of an answer, or an LlmError('malformed') saying why it is unusable (live and batch answers alike). */
export function parseAnswer(raw: RawAnswer, request: LlmRequest, settings: Pick<ProviderSettings, 'provider' | 'label'>, costUsd: number): unknown {
  const malformed = (problem: string) =>
    new LlmError('malformed', settings.provider, `The ${settings.label} agent's answer is unusable: ${problem}`, { costUsd, usage: raw.usage });
  if (raw.truncated) {
    const limit = request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS;
    throw malformed(`it was cut off at the token limit (${limit} tokens) before the JSON was complete; write shorter answers`);
  }
  if (raw.value !== undefined) return raw.value;
  if (!raw.text) throw malformed(raw.problem ?? 'the answer was empty');
  const recovered = recoverJson(raw.text);
  if (recovered.ok) return recovered.value;
  const preview = raw.text.length > 120 ? `${raw.text.slice(0, 120)}…` : raw.text;
  throw malformed(`it is not valid JSON (${recovered.problem}); it began: ${preview}`);
}

/** The base URL as safe to show and store: no user:password, no query, token-like path segments masked. */
function publicEndpoint(baseURL: string, apiKey: string): string {
  try {
    const url = new URL(baseURL);
    return scrubSecrets(`${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`, [apiKey]);
  } catch {
    return '(invalid URL)';
  }
}
