// The parser worker thread: reads one file at a time with the ordinary in-process readDocument and
// posts the document (or the failure) back. Runs under resource limits set by the pool, which also
// owns the time budget: it terminates this thread when a parser overruns, whatever the parser does.
import { parentPort } from 'node:worker_threads';
import { getErrorMessage } from '../../errors.js';
import { IngestError } from '../ingest-error.js';
import { readDocument } from '../read-document.js';
import type { ParseReply, ParseRequest } from './messages.js';

const port = parentPort;
if (!port) throw new Error('parse-worker runs as a worker thread only');

port.postMessage({ ready: true });
port.on('message', (request: ParseRequest) => {
  void readDocument(request.file, request.limits).then(
    (document): void => port.postMessage({ id: request.id, document } satisfies ParseReply),
    (error: unknown): void => {
      const failure = error instanceof IngestError ? { kind: error.kind, message: error.message, hint: error.hint } : { message: getErrorMessage(error) };
      port.postMessage({ id: request.id, failure } satisfies ParseReply);
    },
  );
});
