// Runs every parser in a worker thread, one file at a time, so the per-file budgets hold whatever the
// parser does: a file that overruns its time budget gets its thread terminated (synchronous parsers
// such as SheetJS or csv-parse never look at a timer), and a thread whose JavaScript heap passes the
// memory budget is stopped by V8 (resourceLimits). Either way the file is skipped with the limit in
// its reason and the next file gets a fresh thread. The thread is reused across files while it is
// healthy: starting one and loading its readers costs far more than a message round trip per file
// (bench/parser-worker.ts).
import { Worker } from 'node:worker_threads';
import { CancelledError } from '../../errors.js';
import type { InputFile } from '../folder.js';
import { IngestError, timeoutError } from '../ingest-error.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from '../limits.js';
import type { ExtractedDocument } from '../types.js';
import type { ParseReply, ParseRequest } from './messages.js';

/** The built CLI ships dist/parse-worker.js next to its chunks; from sources tsx loads worker.ts. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./worker-tsx.mjs', import.meta.url) : new URL('./parse-worker.js', import.meta.url);
}

/** The worker thread itself could not start: no file is to blame, so the run stops with it. */
export class ParserWorkerStartError extends Error {
  constructor(cause: Error) {
    super(`ftdb could not start its parser worker thread (${cause.message}).`, { cause });
    this.name = 'ParserWorkerStartError';
  }
}

export class ParserPool {
  private worker: Worker | undefined;
  private nextId = 0;

  constructor(private readonly limits: IngestLimits) {}

  /** Reads one file in the worker; throws an IngestError (or CancelledError) like readDocument. */
  async read(file: InputFile, signal?: AbortSignal): Promise<ExtractedDocument> {
    if (signal?.aborted) throw new CancelledError();
    const worker = await this.start();
    const id = ++this.nextId;
    worker.ref();
    try {
      return await new Promise<ExtractedDocument>((resolve, reject) => {
        const finish = (error: Error | undefined, document?: ExtractedDocument): void => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', onAbort);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
          if (error) reject(error);
          else resolve(document!);
        };
        const stop = (error: Error): void => {
          this.kill();
          finish(error);
        };
        const onMessage = (reply: ParseReply): void => {
          if (reply.id !== id) return;
          if (reply.document) finish(undefined, reply.document);
          else finish(reply.failure.kind ? new IngestError(reply.failure.kind, reply.failure.message, { hint: reply.failure.hint }) : new Error(reply.failure.message));
        };
        const onAbort = (): void => stop(new CancelledError());
        const onError = (error: Error & { code?: string }): void => stop(this.crashError(error));
        const onExit = (): void => stop(new IngestError('corrupt', 'The reader stopped unexpectedly while reading this file.'));
        const timer = setTimeout(() => stop(timeoutError(this.limits.fileTimeoutMs)), this.limits.fileTimeoutMs);
        signal?.addEventListener('abort', onAbort, { once: true });
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage({ id, file, limits: this.limits } satisfies ParseRequest);
      });
    } finally {
      // An idle worker must not keep the process alive.
      this.worker?.unref();
    }
  }

  /** Stops the worker; the pool starts a new one if it is used again. */
  close(): void {
    this.kill();
  }

  /** The running worker, or a new one once it says it is ready: its start-up is not a file's time. */
  private async start(): Promise<Worker> {
    if (this.worker) return this.worker;
    // No inherited Node flags: `--input-type`, `--eval` and the like are the parent's business.
    const worker = new Worker(workerUrl(), { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: this.memoryMb() } });
    await new Promise<void>((resolve, reject) => {
      const onExit = (code: number): void => done(new Error(`exit code ${code}`));
      const done = (error?: Error): void => {
        // Only our listeners: Node's Worker keeps its own.
        worker.off('message', onReady).off('error', done).off('exit', onExit);
        if (error) reject(new ParserWorkerStartError(error));
        else resolve();
      };
      const onReady = (): void => done();
      worker.on('message', onReady).on('error', done).on('exit', onExit);
    });
    this.worker = worker;
    return worker;
  }

  private memoryMb(): number {
    return this.limits.parserMemoryMb ?? DEFAULT_INGEST_LIMITS.parserMemoryMb;
  }

  private kill(): void {
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }

  private crashError(error: Error & { code?: string }): IngestError {
    if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new IngestError('too_much_memory', `Reading needed more than the ${this.memoryMb()} MB memory budget per file.`);
    }
    return new IngestError('corrupt', `The reader failed on this file: ${error.message}`, { cause: error });
  }
}
