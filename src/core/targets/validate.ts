// The validator's public entry points: parsed examples, a JSONL file (streamed), and dataset-size caps.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { throwIfAborted, UserError } from '../errors.js';
import type { LongWork } from '../types.js';
import { DatasetValidator, type ValidationOptions, type ValidationReport } from './dataset-validator.js';
import { withLineFormat } from './format.js';
import { loadTokenCounter } from './tokens.js';
import type { TargetModel } from './types.js';

export type { ValidationOptions, ValidationReport } from './dataset-validator.js';

interface ValidationProgress {
  examples: number;
}

type Work = LongWork<ValidationProgress>;

/** What a caller already has for each example (a stored dataset), so it is not computed again. */
interface StoredWork {
  /** JSON.stringify of each example (the JSONL line the export writes). */
  lines?: readonly string[];
  /** Token counts stored with the samples; undefined where none is stored yet. */
  knownTokens?: readonly (number | undefined)[];
}
const PROGRESS_EVERY = 1000;

/**
 * Checks examples (already parsed, in the target's format) against the target's rules.
 * Line numbers in findings are 1-based positions in `examples`; dataset findings use line 0.
 * With validationCount, that many of the examples are the validation share (pipeline use).
 */
export async function validateExamples(
  target: TargetModel,
  examples: unknown[],
  opts: ValidationOptions & Work & StoredWork = {},
): Promise<ValidationReport> {
  const allKnown = opts.knownTokens !== undefined && examples.every((_, i) => opts.knownTokens?.[i] !== undefined);
  // With every count known (a re-split), the tokenizer is not even loaded (0.5-4 s for some targets).
  const validator = new DatasetValidator(target, allKnown ? countsAlreadyKnown : await loadTokenCounter(target), opts);
  examples.forEach((example, i) => {
    if (i % PROGRESS_EVERY === 0) progress(opts, i);
    validator.add(i + 1, example, opts.lines?.[i] ?? JSON.stringify(example) ?? 'undefined', opts.knownTokens?.[i]);
  });
  return validator.finish();
}

/** The counter given when every example's count is known: the validator never calls it. */
function countsAlreadyKnown(): never {
  throw new Error('validateExamples: a token count was missing although all were given');
}

/** Streams a JSONL file line by line: invalid JSON, blank lines and a byte-order mark are findings too. */
export async function validateJsonlFile(
  target: TargetModel,
  file: string,
  opts: Omit<ValidationOptions, 'fileBytes'> & Work = {},
): Promise<ValidationReport> {
  const size = await fileSize(file);
  target = await detectLineFormat(target, file);
  const validator = new DatasetValidator(target, await loadTokenCounter(target), { ...opts, fileBytes: size });
  const whole = await singleJsonDocument(file, size);
  if (whole) {
    validator.note(1, whole);
    return validator.finish();
  }
  const input = createReadStream(file, { encoding: 'utf8' });
  const blanks: number[] = [];
  let lineNo = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNo++;
      const text = lineNo === 1 ? withoutByteOrderMark(line, validator) : line;
      if (text.trim() === '') {
        blanks.push(lineNo);
        continue;
      }
      // Blank lines only matter when something follows them; a trailing newline is normal.
      for (const blank of blanks.splice(0)) validator.note(blank, BLANK_LINE);
      if (validator.examples % PROGRESS_EVERY === 0) progress(opts, validator.examples);
      addLine(validator, lineNo, text);
    }
  } finally {
    input.destroy();
  }
  return validator.finish();
}

/**
 * Hosts that take several line formats (Together, TRL): the first line decides which one the file
 * is in; lines in another format are then reported (one format per file).
 */
async function detectLineFormat(target: TargetModel, file: string): Promise<TargetModel> {
  if (!target.formats || target.formats.length < 2) return target;
  const input = createReadStream(file, { encoding: 'utf8' });
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      let first: unknown;
      try {
        first = JSON.parse(line.replace(/^\uFEFF/, ''));
      } catch {
        return target;
      }
      const keys = typeof first === 'object' && first !== null ? Object.keys(first) : [];
      const choice = keys.includes('messages') ? 'messages' : keys.includes('prompt') ? 'prompt-completion' : keys.includes('text') ? 'text' : undefined;
      return choice && target.formats.includes(choice === 'messages' ? target.format : choice) ? withLineFormat(target, choice) : target;
    }
    return target;
  } finally {
    input.destroy();
  }
}

const WHOLE_DOCUMENT_LIMIT = 64 * 1024 * 1024;

/** A pretty-printed .json file (one array or object over many lines) is not JSON Lines: say so once. */
async function singleJsonDocument(file: string, size: number) {
  if (size > WHOLE_DOCUMENT_LIMIT) return undefined;
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  const firstLine = text.trimStart().split('\n', 1)[0].trim();
  if (firstLine !== '[' && firstLine !== '{') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const what = Array.isArray(parsed) ? `an array of ${parsed.length} record(s)` : 'one object';
  return {
    rule: 'not_json_lines',
    severity: 'error',
    message: `The file is a single JSON document (${what}) spread over several lines, not JSON Lines.`,
    fix: 'Write one example per line (e.g. jq -c ".[]" in.json > out.jsonl); to convert records to the target format, put the file in input_files/ and run ftdb build.',
  } as const;
}

const BLANK_LINE = {
  rule: 'blank_line',
  severity: 'warning',
  message: 'Empty line.',
  fix: 'Remove empty lines: some providers reject them.',
} as const;

function withoutByteOrderMark(line: string, validator: DatasetValidator): string {
  if (!line.startsWith('\uFEFF')) return line;
  validator.note(1, {
    rule: 'byte_order_mark',
    severity: 'warning',
    message: 'The file starts with a UTF-8 byte-order mark.',
    fix: 'Save the file as UTF-8 without BOM; some upload parsers reject it.',
  });
  return line.slice(1);
}

function addLine(validator: DatasetValidator, lineNo: number, text: string): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    validator.addUnparsable(lineNo, error instanceof Error ? error.message : String(error));
    return;
  }
  validator.add(lineNo, value, text.trim());
}

/** Caps a requested dataset size at what the target accepts, saying why. */
export function capDatasetSize(target: TargetModel, requested: number): { size: number; message?: string } {
  const max = Math.min(target.maxTotalExamples ?? Infinity, target.maxExamples ?? Infinity);
  if (requested > max) {
    return {
      size: max,
      message: `${target.displayName} accepts at most ${max.toLocaleString('en-US')} examples per dataset; the size was capped from ${requested.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}.`,
    };
  }
  if (requested < target.minExamples) {
    return {
      size: requested,
      message: `${target.displayName} needs at least ${target.minExamples} examples; ${requested} will be rejected by the provider unless you raise the size.`,
    };
  }
  return { size: requested };
}

function progress(opts: Work, examples: number): void {
  throwIfAborted(opts.signal);
  opts.onProgress?.({ examples });
}

async function fileSize(file: string): Promise<number> {
  const hint = 'Check the path; pass a JSONL file with one example per line.';
  const info = await stat(file).catch((error: unknown) => {
    throw new UserError(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`, { hint, exitCode: 2 });
  });
  if (!info.isFile()) throw new UserError(`${file} is not a file.`, { hint, exitCode: 2 });
  return info.size;
}
