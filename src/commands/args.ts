// Argument parsing shared by the commands (node:util parseArgs), with usage errors as exit code 2.
// Each command's flags carry a one-line `help` and the default shown by `--help` (`defaultText`;
// not parseArgs' `default`, because an absent flag means "use config.yaml").
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

interface FlagHelp {
  help: string;
  /** What applies when the flag is absent; omitted for switches (off) and required values. */
  defaultText?: string;
  /** The value's placeholder in --help (VALUE when absent). */
  value?: string;
}

export type Flags = Record<string, Options[string] & FlagHelp>;

export function parseCommandArgs<T extends Options>(command: string, argv: string[], options: T, usage: string, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`${command}: ${message}`, `Usage: ${usage}`);
  }
}

const HELP_COLUMN = 28;

/** The "Flags:" block of `ftdb <command> --help`: one line per flag, with its default. */
export function flagHelp(flags: Flags): string {
  const rows = Object.entries(flags).map(([name, flag]) => {
    const short = flag.short ? `-${flag.short}, ` : '';
    const value = flag.type === 'string' ? ` ${flag.value ?? 'VALUE'}` : '';
    const fallback = flag.defaultText ?? (flag.type === 'boolean' ? 'off' : undefined);
    return [`${short}--${name}${value}`, `${flag.help}${fallback ? ` (default: ${fallback})` : ''}`];
  });
  // A long flag (a list of choices) puts its description on the next line instead of widening them all.
  const width = Math.min(HELP_COLUMN, Math.max(...rows.map(([left]) => left.length)));
  return rows
    .map(([left, right]) => (left.length > width ? `  ${left}\n  ${' '.repeat(width)}  ${right}` : `  ${left.padEnd(width)}  ${right}`))
    .join('\n');
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
