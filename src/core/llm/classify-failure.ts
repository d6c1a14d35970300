// Turns whatever an SDK threw into one LlmError with a clear message, without leaking the key.
import { getErrorMessage } from '../errors.js';
import { LlmError, parseRetryAfter, type LlmErrorKind } from './errors.js';
import type { ProviderSettings } from './provider-settings.js';
import { scrubSecrets } from '../scrub-secrets.js';

interface HeaderLike {
  get(name: string): string | null;
}

export interface FailureContext {
  settings: ProviderSettings;
  model: string;
  /** Response headers captured outside the SDK error (the Gemini SDK drops them). */
  headers?: HeaderLike;
}

function kindForStatus(status: number): LlmErrorKind {
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not_found';
  if (status === 429) return 'rate_limit';
  if (status === 408 || status >= 500) return 'server';
  return 'bad_request';
}

/** The provider's own explanation, from whichever error body shape it uses. */
function serverMessage(error: unknown): string {
  const body = (error as { error?: unknown }).error as { message?: unknown; error?: { message?: unknown } } | undefined;
  if (typeof body?.error?.message === 'string') return body.error.message;
  if (typeof body?.message === 'string') return body.message;
  const raw = getErrorMessage(error);
  try {
    const parsed = JSON.parse(raw) as { error?: { message?: unknown } };
    if (typeof parsed?.error?.message === 'string') return parsed.error.message;
  } catch {
    // not JSON: use as is
  }
  return raw;
}

function clip(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function describe(kind: LlmErrorKind, status: number, detail: string, { settings, model }: FailureContext): [string, string] {
  const label = settings.label;
  switch (kind) {
    case 'auth':
      return [
        `The ${label} API rejected the credentials${settings.keyVariable ? ` in ${settings.keyVariable}` : ''} (HTTP ${status}): ${detail}`,
        `Check ${settings.keyVariable ?? 'the API key'} and that it may use model "${model}". Identify mode works without a key.`,
      ];
    case 'not_found':
      return [
        `The ${label} API at ${settings.baseURL} does not know model "${model}" (HTTP 404): ${detail}`,
        'Check the agent model name (--agent-model or system.agentic_model) and the base URL.',
      ];
    case 'rate_limit':
      return [`The ${label} API is rate limiting requests (HTTP 429): ${detail}`, 'Lower --concurrency, or wait and resume the run.'];
    case 'server':
      return [`The ${label} API failed (HTTP ${status}): ${detail}`, 'The provider had a problem; resume the run later.'];
    default:
      return [
        `The ${label} API refused the request (HTTP ${status}): ${detail}`,
        `Check that model "${model}" supports structured (JSON schema) output; the request is not retried.`,
      ];
  }
}

export function classifyFailure(error: unknown, context: FailureContext): LlmError {
  if (error instanceof LlmError) return error;
  const { settings } = context;
  const scrub = (text: string) => scrubSecrets(text, [settings.apiKey]);
  const status = (error as { status?: unknown }).status;

  if (typeof status !== 'number') {
    const cause = (error as { cause?: unknown }).cause;
    const detail = scrub(clip(cause ? `${getErrorMessage(error)} (${getErrorMessage(cause)})` : getErrorMessage(error)));
    return new LlmError('network', settings.provider, `Could not reach the ${settings.label} API at ${settings.baseURL}: ${detail}`, {
      hint: 'Check the network connection and the base URL of the agent provider.',
    });
  }

  const kind = kindForStatus(status);
  const detail = scrub(clip(serverMessage(error)));
  const headers = (error as { headers?: HeaderLike }).headers ?? context.headers;
  const retryAfterMs = typeof headers?.get === 'function' ? parseRetryAfter(headers) : undefined;
  const [message, hint] = describe(kind, status, detail, context);
  return new LlmError(kind, settings.provider, message, { hint, status, retryAfterMs });
}
