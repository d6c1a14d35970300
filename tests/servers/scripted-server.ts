// A local HTTP server speaking one provider's wire protocol, answering from a script: valid answers,
// 429 with Retry-After, 5xx, hangs (for timeouts), malformed text. Records every request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { answerBody, errorBody, parseRequest, routeMatches, type ParsedRequest, type Protocol } from './protocols.js';

export type Step =
  | { answer: unknown; usage?: { input: number; output: number }; delayMs?: number }
  /** `truncated`: the answer stopped at max_tokens (finish_reason length and its equivalents). */
  | { text: string; usage?: { input: number; output: number }; delayMs?: number; truncated?: boolean }
  | { status: number; message?: string; retryAfter?: string; delayMs?: number }
  | { hang: true };

export interface RecordedRequest extends ParsedRequest {
  index: number;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  receivedAt: number;
}

export type Responder = (request: RecordedRequest) => Step | Promise<Step>;

export interface ScriptedServer {
  protocol: Protocol;
  /** The base URL to give the SDK (OpenAI's includes /v1). */
  baseURL: string;
  requests: RecordedRequest[];
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Requests whose connection the client closed before an answer. */
  readonly abandoned: number;
  close(): Promise<void>;
}

const DEFAULT_USAGE = { input: 1000, output: 500 };

/** `script` as a list: steps are used in order, the last one repeats. */
export async function startScriptedServer(
  protocol: Protocol,
  script: Step[] | Responder,
  /** models: answered on GET /v1/models (OpenAI protocol), as a local server lists what it serves. */
  options: { latencyMs?: number; models?: string[] } = {},
): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let abandoned = 0;
  const respond: Responder = typeof script === 'function' ? script : (request) => script[Math.min(request.index, script.length - 1)];

  const server = http.createServer(async (req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    let finished = false;
    const done = () => {
      if (!finished) inFlight--;
      finished = true;
    };
    res.on('close', () => {
      if (!res.writableFinished) abandoned++;
      done();
    });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0];
    if (options.models && req.method === 'GET' && path.endsWith('/models')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data: options.models.map((id) => ({ id, object: 'model', owned_by: 'local' })) }));
      return;
    }
    if (!routeMatches(protocol, req.method ?? '', path)) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify(errorBody(protocol, 404, `no route ${path}`)));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const parsed = parseRequest(protocol, path, body);
    const recorded: RecordedRequest = { ...parsed, index: requests.length, path, headers: req.headers, body, receivedAt: Date.now() };
    requests.push(recorded);
    const step = await respond(recorded);
    if ('hang' in step) return; // never answer; the client's timeout or abort closes the socket
    const delay = (step.delayMs ?? 0) + (options.latencyMs ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (res.destroyed) return;
    if ('status' in step) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (step.retryAfter !== undefined) headers['retry-after'] = step.retryAfter;
      res.writeHead(step.status, headers).end(JSON.stringify(errorBody(protocol, step.status, step.message ?? `scripted ${step.status}`)));
      return;
    }
    const payload = 'text' in step ? { text: step.text, truncated: step.truncated } : { answer: step.answer };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answerBody(protocol, parsed, payload, step.usage ?? DEFAULT_USAGE)));
  });
  server.keepAliveTimeout = 30_000;

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const root = `http://127.0.0.1:${port}`;
  return {
    protocol,
    baseURL: protocol === 'openai' ? `${root}/v1` : root,
    requests,
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get abandoned() {
      return abandoned;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
