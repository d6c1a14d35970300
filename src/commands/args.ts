// Argument parsing shared by the commands (node:util parseArgs), with usage errors as exit code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../core/errors.js';

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  argv: string[],
  options: T,
  usage: string,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${command}: ${message}`, `Usage: ${usage}`);
  }
}

export function parseNumberFlag(name: string, value: string | undefined, { integer = false } = {}): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new ConfigError(`--${name} must be ${integer ? 'an integer' : 'a number'}, got "${value}".`);
  }
  return n;
}

export function requireOne(positionals: string[], what: string, usage: string): string {
  if (positionals.length !== 1) throw new ConfigError(`Expected exactly one ${what}.`, `Usage: ${usage}`);
  return positionals[0];
}
