// Typed publish failures, each with what to do next. A token never appears in a message.
import { UserError } from '../errors.js';

export type PublishFailure = 'no-token' | 'bad-token' | 'no-rights' | 'name-taken' | 'network' | 'hub';

export class PublishError extends UserError {
  readonly failure: PublishFailure;
  constructor(failure: PublishFailure, message: string, hint: string, cause?: unknown) {
    super(message, { hint, exitCode: 1, cause });
    this.name = 'PublishError';
    this.failure = failure;
  }
}

/** What the client threw (HubApiError carries the HTTP status; fetch throws TypeError on a dead network). */
export function hubStatus(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

export function networkFailure(error: unknown, hubUrl: string): PublishError | undefined {
  if (hubStatus(error) !== undefined || !(error instanceof Error)) return undefined;
  const code = (error.cause as { code?: string } | undefined)?.code;
  if (error.name !== 'TypeError' && !code) return undefined;
  return new PublishError(
    'network',
    `Could not reach ${hubUrl}${code ? ` (${code})` : ''}.`,
    'Check the connection (and HF_ENDPOINT if you set it), then run the same command again: nothing was published.',
    error,
  );
}

/** The Hub's own message, without the request URL the client appends. */
export function hubMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.\s*URL: .*$/s, '').trim();
}
