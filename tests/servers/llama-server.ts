// A real OpenAI-compatible server around a real model, as llama.cpp's server and Ollama are: the
// stories260K GGUF (tests/fixtures/models) run by node-llama-cpp on the CPU with one thread,
// `response_format: json_schema` turned into a grammar (createGrammarForJsonSchema, which honours
// minItems/maxItems/minimum/maximum), `max_tokens` as the output bound and `finish_reason: length`
// when it is hit, real token counts. One sequence, so requests are answered one at a time.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { loadLlamaRuntime, type Llama, type LlamaGrammar } from './llama-runtime.js';
import { answerBody, parseRequest, type ParsedRequest } from './protocols.js';

export const STORIES_MODEL = 'stories260K';
const MODEL_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'models', 'stories260K.gguf');
/** Enough for a short chunk, the prompt and a bounded answer; the model was trained on 512. */
const CONTEXT_TOKENS = 4096;

export interface LlamaAnswer {
  request: ParsedRequest;
  /** What the model wrote and why it stopped (node-llama-cpp's stopReason). */
  text: string;
  stopReason: string;
  outputTokens: number;
}

export interface LlamaServer {
  baseURL: string;
  answers: LlamaAnswer[];
  close(): Promise<void>;
}

export async function startLlamaServer(): Promise<LlamaServer> {
  const runtime = await loadLlamaRuntime();
  const llama: Llama = await runtime.getLlama({ gpu: false, build: 'never', logLevel: 'error' });
  const model = await llama.loadModel({ modelPath: MODEL_FILE });
  // One thread: with the default count, 40 tokens took 180 s on a busy 2-core machine, 30 ms with one.
  const context = await model.createContext({ contextSize: CONTEXT_TOKENS, threads: 1, sequences: 1 });
  const sequence = context.getSequence();
  const grammars = new Map<string, Promise<LlamaGrammar>>();
  const answers: LlamaAnswer[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  const complete = async (request: ParsedRequest, temperature: number | undefined): Promise<LlamaAnswer> => {
    await sequence.clearHistory();
    const session = new runtime.LlamaChatSession({ contextSequence: sequence, systemPrompt: request.system, autoDisposeSequence: false });
    try {
      let grammar: Promise<LlamaGrammar> | undefined;
      if (request.schema) {
        const key = JSON.stringify(request.schema);
        grammar = grammars.get(key) ?? llama.createGrammarForJsonSchema(request.schema as object);
        grammars.set(key, grammar);
      }
      const result = await session.promptWithMeta(request.user, { grammar: await grammar, maxTokens: request.maxTokens, temperature, seed: 1 });
      return { request, text: result.responseText, stopReason: result.stopReason, outputTokens: model.tokenize(result.responseText).length };
    } finally {
      session.dispose({ disposeSequence: false });
    }
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const json = { 'content-type': 'application/json' };
    if (req.method === 'GET' && req.url?.endsWith('/models')) {
      res.writeHead(200, json).end(JSON.stringify({ object: 'list', data: [{ id: STORIES_MODEL, object: 'model', owned_by: 'local' }] }));
      return;
    }
    if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
      res.writeHead(404, json).end(JSON.stringify({ error: { message: `no route ${req.url}`, type: 'invalid_request_error' } }));
      return;
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
    const request = parseRequest('openai', req.url, body);
    const temperature = typeof body.temperature === 'number' ? body.temperature : undefined;
    const answered = queue.then(() => complete(request, temperature));
    queue = answered.catch(() => undefined);
    try {
      const answer = await answered;
      answers.push(answer);
      const usage = { input: model.tokenize(`${request.system}\n${request.user}`).length, output: answer.outputTokens };
      const truncated = answer.stopReason === 'maxTokens';
      res.writeHead(200, json).end(JSON.stringify(answerBody('openai', request, { text: answer.text, truncated }, usage)));
    } catch (error) {
      res.writeHead(500, json).end(JSON.stringify({ error: { message: String(error), type: 'server_error' } }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    answers,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await queue;
      await context.dispose();
      await model.dispose();
      await llama.dispose();
    },
  };
}
