// Typed, user-facing errors: a message, a hint (what to do next) and an exit code.
// Anything that is not a UserError is a bug and is shown with its stack.

export type ExitCode = 0 | 1 | 2;

export class UserError extends Error {
  readonly hint?: string;
  /** The same advice in menu actions, where `hint` names CLI flags (the menu shows this one). */
  readonly menuHint?: string;
  readonly exitCode: ExitCode;
  constructor(message: string, options: { hint?: string; menuHint?: string; exitCode?: ExitCode; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'UserError';
    this.hint = options.hint;
    this.menuHint = options.menuHint;
    this.exitCode = options.exitCode ?? 1;
  }
}

/** Bad usage or configuration: exit code 2. */
export class ConfigError extends UserError {
  constructor(message: string, hint?: string, menuHint?: string) {
    super(message, { hint, menuHint, exitCode: 2 });
    this.name = 'ConfigError';
  }
}

export class CancelledError extends Error {
  constructor(message = 'Cancelled') {
    super(message);
    this.name = 'CancelledError';
  }
}

export function isAbortError(error: unknown): boolean {
  if (error instanceof CancelledError) return true;
  if (!(error instanceof Error)) return false;
  return error.name === 'AbortError' || error.name === 'APIUserAbortError';
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
