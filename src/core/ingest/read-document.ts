// Reads one input file into text sections, tables and conversations, or throws an IngestError.
import { promises as fs } from 'node:fs';
import { CancelledError, throwIfAborted } from '../errors.js';
import { planRead } from './detect-format.js';
import type { InputFile } from './folder.js';
import { IngestError, timeoutError } from './ingest-error.js';
import type { IngestLimits } from './limits.js';
import { runReader } from './readers/run-reader.js';
import type { ExtractedDocument } from './types.js';
import { formatBytes } from '../format-bytes.js';

export async function readDocument(file: InputFile, limits: IngestLimits, signal?: AbortSignal): Promise<ExtractedDocument> {
  if (file.skip) throw new IngestError(file.skip.kind, file.skip.reason);
  throwIfAborted(signal);
  checkSize(file.bytes, limits);
  const bytes = await readBytes(file, signal);
  checkSize(bytes.length, limits);
  if (bytes.length === 0) throw new IngestError('empty', 'The file is empty (0 bytes).');
  const plan = planRead(file.path, file.format, bytes, limits);
  const doc = await withTimeBudget(limits.fileTimeoutMs, signal, (budget) => runReader(plan, bytes, file, budget));
  doc.warnings.unshift(...plan.warnings);
  return doc;
}

function checkSize(bytes: number, limits: IngestLimits): void {
  if (bytes > limits.maxFileBytes) {
    throw new IngestError('too_large', `The file is ${formatBytes(bytes)}, above the ${formatBytes(limits.maxFileBytes)} limit.`);
  }
}

async function readBytes(file: InputFile, signal?: AbortSignal): Promise<Uint8Array> {
  try {
    return await fs.readFile(file.path, { signal });
  } catch (error) {
    if (signal?.aborted) throw new CancelledError();
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new IngestError('unreadable', `Cannot read the file (${code}).`, { cause: error });
  }
}

/**
 * Runs the reader with a signal that fires when the budget runs out or the user cancels. Readers
 * that work asynchronously (pdf.js) stop at once; a synchronous parser is stopped by the parser
 * worker's own timer (parse-worker/pool.ts), which terminates its thread.
 */
async function withTimeBudget<T>(ms: number, signal: AbortSignal | undefined, work: (budget: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onCancel = (): void => controller.abort(new CancelledError());
  signal?.addEventListener('abort', onCancel, { once: true });
  const timer = setTimeout(() => controller.abort(timeoutError(ms)), ms);
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  try {
    return await Promise.race([work(controller.signal), stopped]);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
    stopped.catch(() => undefined);
  }
}
