// A local server speaking OpenAI's Batch API wire protocol (files upload, batches create / retrieve /
// list / cancel, file content), driven by the real `openai` SDK in tests. A batch moves
// validating -> in_progress -> completed over polls (or is held until release()), answers each line
// with the scripted writer, and can fail chosen lines, expire with partial results, or be rejected.
// It counts submissions and every custom_id it was sent, so a test can prove nothing went twice.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerBody, errorBody, parseRequest } from './protocols.js';
import type { RecordedRequest, Step } from './scripted-server.js';
import { writer } from './writer.js';

type Json = Record<string, any>;

export interface BatchServerOptions {
  /** Polls a batch answers "in_progress" before it finishes (default 2). */
  pollsInProgress?: number;
  /** Keep every batch in progress until release() is called. */
  hold?: boolean;
  /** Simulated provider time: a batch finishes no sooner than this after its creation (ms). */
  processingMs?: number;
  /** A line (0-based within its batch) that fails, and how. */
  failLine?: (line: number, batchNumber: number) => { status: number; message: string } | undefined;
  /** Batch number (0-based) -> lines answered before it expires (the rest get no line). */
  expireAfter?: (batchNumber: number) => number | undefined;
  /** Batch number -> the validation error that rejects it. */
  reject?: (batchNumber: number) => string | undefined;
  /** Answers one request body (default: the scripted writer). */
  answer?: (request: RecordedRequest) => Step;
}

interface StoredBatch {
  object: Json;
  number: number;
  lines: Json[];
  polls: number;
  createdAt: number;
}

export interface OpenAiBatchServer {
  baseURL: string;
  /** Batches created (submissions). */
  readonly submissions: number;
  /** Every custom_id of every submitted batch, in order (duplicates would show twice). */
  submittedIds: string[];
  /** Live chat completions (repairs) answered. */
  readonly liveRequests: number;
  /** GET /v1/batches/ID answered, over all batches. */
  readonly polls: number;
  batches(): Json[];
  release(): void;
  close(): Promise<void>;
}

export async function startOpenAiBatchServer(options: BatchServerOptions = {}): Promise<OpenAiBatchServer> {
  const files = new Map<string, string>();
  const batches = new Map<string, StoredBatch>();
  const answer = options.answer ?? writer();
  const state = { submissions: 0, liveRequests: 0, polls: 0, held: options.hold ?? false, fileCount: 0, lineCount: 0 };
  const submittedIds: string[] = [];

  const respond = (path: string, body: Json): Json => {
    const parsed = parseRequest('openai', path, body);
    const step = answer({ ...parsed, index: state.lineCount++, path, headers: {}, body, receivedAt: Date.now() });
    if ('hang' in step) throw new Error('a batch line cannot hang');
    if ('status' in step) return { status: step.status, body: errorBody('openai', step.status, step.message ?? 'scripted') };
    const payload = 'text' in step ? { text: step.text, truncated: step.truncated } : { answer: step.answer };
    const usage = step.usage ?? { input: 1000, output: 500 };
    return { status: 200, body: answerBody('openai', parsed, payload, usage) };
  };

  const finish = (batch: StoredBatch, status: 'completed' | 'expired' | 'cancelled') => {
    const answered = status === 'cancelled' ? 0 : status === 'expired' ? (options.expireAfter?.(batch.number) ?? 0) : batch.lines.length;
    const output: string[] = [];
    const errors: string[] = [];
    batch.lines.slice(0, answered).forEach((line, i) => {
      const failure = options.failLine?.(i, batch.number);
      const result = failure ? { status: failure.status, body: errorBody('openai', failure.status, failure.message) } : respond('/v1/chat/completions', line.body);
      const entry = { id: `batch_req_${batch.number}_${i}`, custom_id: line.custom_id, response: { status_code: result.status, request_id: `req_${i}`, body: result.body }, error: null };
      (result.status === 200 ? output : errors).push(JSON.stringify(entry));
    });
    const file = (lines: string[]) => {
      if (lines.length === 0) return undefined;
      const id = `file-out-${++state.fileCount}`;
      files.set(id, `${lines.join('\n')}\n`);
      return id;
    };
    Object.assign(batch.object, {
      status,
      output_file_id: file(output),
      error_file_id: file(errors),
      [`${status}_at`]: Math.floor(Date.now() / 1000),
      request_counts: { total: batch.lines.length, completed: output.length, failed: errors.length },
    });
  };

  const advance = (batch: StoredBatch) => {
    const o = batch.object;
    batch.polls++;
    if (o.status === 'validating') o.status = 'in_progress';
    else if (o.status === 'cancelling') finish(batch, 'cancelled');
    else if (o.status === 'in_progress') {
      const ready = !state.held && batch.polls > (options.pollsInProgress ?? 2) && Date.now() - batch.createdAt >= (options.processingMs ?? 0);
      if (ready) finish(batch, options.expireAfter?.(batch.number) !== undefined ? 'expired' : 'completed');
    }
  };

  const route = async (method: string, path: string, req: http.IncomingMessage, raw: Buffer): Promise<[number, Json | string]> => {
    if (method === 'POST' && path === '/v1/files') {
      const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' }, body: raw }).formData();
      const file = form.get('file') as File;
      const id = `file-in-${++state.fileCount}`;
      files.set(id, await file.text());
      return [200, { id, object: 'file', bytes: file.size, created_at: Math.floor(Date.now() / 1000), filename: file.name, purpose: form.get('purpose'), status: 'processed' }];
    }
    const content = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
    if (method === 'GET' && content) return files.has(content[1]) ? [200, files.get(content[1]) ?? ''] : [404, errorBody('openai', 404, 'no such file')];
    if (method === 'POST' && path === '/v1/batches') {
      const body = JSON.parse(raw.toString('utf8')) as Json;
      const text = files.get(body.input_file_id);
      if (text === undefined) return [400, errorBody('openai', 400, `No such File object: ${body.input_file_id}`)];
      const lines = text.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Json);
      const number = state.submissions++;
      for (const line of lines) submittedIds.push(line.custom_id);
      const id = `batch_${number}`;
      const object: Json = { id, object: 'batch', endpoint: body.endpoint, errors: null, input_file_id: body.input_file_id, completion_window: body.completion_window, status: 'validating', output_file_id: null, error_file_id: null, created_at: Math.floor(Date.now() / 1000), request_counts: { total: lines.length, completed: 0, failed: 0 }, metadata: body.metadata ?? null };
      const rejected = options.reject?.(number);
      if (rejected) Object.assign(object, { status: 'failed', errors: { object: 'list', data: [{ code: 'invalid_request', message: rejected, line: 1 }] } });
      batches.set(id, { object, number, lines, polls: 0, createdAt: Date.now() });
      return [200, object];
    }
    if (method === 'GET' && path === '/v1/batches') return [200, { object: 'list', data: [...batches.values()].map((b) => b.object).reverse(), has_more: false }];
    const one = /^\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
    const batch = one ? batches.get(one[1]) : undefined;
    if (one && !batch) return [404, errorBody('openai', 404, `No batch ${one[1]}`)];
    if (batch && method === 'GET' && !one?.[2]) {
      state.polls++;
      advance(batch);
      return [200, batch.object];
    }
    if (batch && method === 'POST' && one?.[2]) {
      if (['validating', 'in_progress'].includes(batch.object.status)) batch.object.status = 'cancelling';
      return [200, batch.object];
    }
    if (method === 'POST' && path === '/v1/chat/completions') {
      state.liveRequests++;
      const result = respond(path, JSON.parse(raw.toString('utf8')) as Json);
      return [result.status, result.body];
    }
    return [404, errorBody('openai', 404, `no route ${method} ${path}`)];
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0];
    const [status, body] = await route(req.method ?? '', path, req, Buffer.concat(chunks));
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'application/jsonl' : 'application/json' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    get submissions() {
      return state.submissions;
    },
    submittedIds,
    get liveRequests() {
      return state.liveRequests;
    },
    get polls() {
      return state.polls;
    },
    batches: () => [...batches.values()].map((b) => b.object),
    release() {
      state.held = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
