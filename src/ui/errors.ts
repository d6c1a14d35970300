// How any error is shown: expected errors as message + hint, aborts as a quiet note, bugs with a stack.
import { scrubSecrets } from '../core/scrub-secrets.js';
import { UserError, isAbortError } from '../core/errors.js';

export interface ErrorView {
  kind: 'user' | 'cancelled' | 'bug';
  message: string;
  hint?: string;
  stack?: string;
}

export function describeError(error: unknown): ErrorView {
  if (isAbortError(error)) return { kind: 'cancelled', message: 'Cancelled.' };
  if (error instanceof UserError) return { kind: 'user', message: scrubSecrets(error.message), hint: error.hint };
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error ? error.stack?.split('\n').slice(1, 6).join('\n') : undefined;
  return { kind: 'bug', message: `ftdb hit a bug: ${scrubSecrets(message)}`, hint: 'Please report it with what you did.', stack };
}
