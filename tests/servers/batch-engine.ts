// The provider side of a batch API, shared by the local OpenAI, Anthropic and Gemini batch servers:
// a batch moves validating -> in_progress -> completed over polls (or is held until release()), each line is
// answered by the scripted writer, and chosen lines fail, a batch expires with partial results, or
// is rejected. It counts submissions and every custom_id sent, so a test can prove nothing went twice.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerBody, errorBody, parseRequest, type Protocol } from './protocols.js';
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

export type EngineState = 'validating' | 'in_progress' | 'cancelling' | 'completed' | 'expired' | 'cancelled' | 'failed';

export interface LineResult {
  customId: string;
  /** 200: `body` is the provider's answer; else its error body. */
  status: number;
  body: Json;
}

export interface EngineBatch {
  id: string;
  number: number;
  lines: Array<{ customId: string; body: Json }>;
  state: EngineState;
  polls: number;
  createdAt: number;
  rejected?: string;
  /** Set once finished: the lines answered, in order; the others got no result. */
  results?: LineResult[];
}

export class BatchEngine {
  readonly batches = new Map<string, EngineBatch>();
  readonly submittedIds: string[] = [];
  submissions = 0;
  polls = 0;
  liveRequests = 0;
  private held: boolean;
  private answered = 0;

  constructor(
    private readonly protocol: Protocol,
    private readonly options: BatchServerOptions,
    private readonly idPrefix: string,
  ) {
    this.held = options.hold ?? false;
  }

  release(): void {
    this.held = false;
  }

  create(lines: EngineBatch['lines']): EngineBatch {
    const number = this.submissions++;
    for (const line of lines) this.submittedIds.push(line.customId);
    const rejected = this.options.reject?.(number);
    const batch: EngineBatch = { id: `${this.idPrefix}${number}`, number, lines, state: rejected ? 'failed' : 'validating', polls: 0, createdAt: Date.now(), rejected };
    this.batches.set(batch.id, batch);
    return batch;
  }

  /** One poll: the batch moves on as the options say. */
  poll(batch: EngineBatch): void {
    this.polls++;
    batch.polls++;
    if (batch.state === 'validating') batch.state = 'in_progress';
    else if (batch.state === 'cancelling') this.finish(batch, 'cancelled');
    else if (batch.state === 'in_progress') {
      const ready = !this.held && batch.polls > (this.options.pollsInProgress ?? 2) && Date.now() - batch.createdAt >= (this.options.processingMs ?? 0);
      if (ready) this.finish(batch, this.options.expireAfter?.(batch.number) !== undefined ? 'expired' : 'completed');
    }
  }

  cancel(batch: EngineBatch): void {
    if (batch.state === 'validating' || batch.state === 'in_progress') batch.state = 'cancelling';
  }

  /** The answer (or scripted error) to one request body, as the live endpoint gives it. */
  respond(path: string, body: Json): { status: number; body: Json } {
    const parsed = parseRequest(this.protocol, path, body);
    const answer = this.options.answer ?? writer();
    const step = answer({ ...parsed, index: this.answered++, path, headers: {}, body, receivedAt: Date.now() });
    if ('hang' in step) throw new Error('a batch line cannot hang');
    if ('status' in step) return { status: step.status, body: errorBody(this.protocol, step.status, step.message ?? 'scripted') };
    const payload = 'text' in step ? { text: step.text, truncated: step.truncated } : { answer: step.answer };
    return { status: 200, body: answerBody(this.protocol, parsed, payload, step.usage ?? { input: 1000, output: 500 }) };
  }

  private finish(batch: EngineBatch, state: 'completed' | 'expired' | 'cancelled'): void {
    const answered = state === 'cancelled' ? 0 : state === 'expired' ? (this.options.expireAfter?.(batch.number) ?? 0) : batch.lines.length;
    const livePath = { openai: '/v1/chat/completions', anthropic: '/v1/messages', google: '/v1beta/models/batch:generateContent' }[this.protocol];
    batch.results = batch.lines.slice(0, answered).map((line, i) => {
      const failure = this.options.failLine?.(i, batch.number);
      const result = failure ? { status: failure.status, body: errorBody(this.protocol, failure.status, failure.message) } : this.respond(livePath, line.body);
      return { customId: line.customId, ...result };
    });
    batch.state = state;
  }
}

/** The counts and controls every local batch server gives its test. */
export interface BatchServer {
  baseURL: string;
  /** What to put in the CLI's environment to reach this server. */
  env: NodeJS.ProcessEnv;
  engine: BatchEngine;
  close(): Promise<void>;
}

export type Route = (method: string, path: string, contentType: string, raw: Buffer) => Promise<[status: number, body: Json | string]>;

/** Serves `route` on a free local port: JSON bodies, or JSONL when the route returns a string. */
export async function listen(route: Route): Promise<{ root: string; close(): Promise<void> }> {
  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0];
    const [status, body] = await route(req.method ?? '', path, req.headers['content-type'] ?? '', Buffer.concat(chunks));
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, { 'content-type': typeof body === 'string' ? 'application/jsonl' : 'application/json' }).end(text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    root: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
