// How any error is shown: expected errors as message + hint, aborts as a quiet note, bugs with a stack.
import { scrubSecrets } from '../core/scrub-secrets.js';
import { UserError, isAbortError } from '../core/errors.js';
import { environmentError } from '../core/environment-errors.js';

export interface ErrorView {
  kind: 'user' | 'cancelled' | 'bug';
  message: string;
  hint?: string;
  stack?: string;
}

export function describeError(thrown: unknown): ErrorView {
  const error = environmentError(thrown) ?? thrown;
  if (isAbortError(error)) return { kind: 'cancelled', message: 'Cancelled.' };
  if (error instanceof UserError) return { kind: 'user', message: scrubSecrets(error.message), hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack?.split('\n').slice(1, 6).join('\n') : undefined;
  return { kind: 'bug', message: `ftdb hit a bug: ${scrubSecrets(message)}`, hint: 'Please report it with what you did.', stack };
}
