// A local server speaking Gemini's batch mode wire protocol (batchGenerateContent with inline
// requests, batches get / list / cancel as long-running operations, inline responses), driven by
// the real @google/genai SDK in tests (under /v1 or /v1beta, whichever the SDK version uses); batches behave as batch-engine.ts scripts them. A rejected
// batch is refused at create (HTTP 400).
import { BatchEngine, listen, type BatchServer, type BatchServerOptions, type EngineBatch } from './batch-engine.js';
import { TEST_KEYS } from './env.js';
import { errorBody } from './protocols.js';

type Json = Record<string, any>;

const STATE: Record<EngineBatch['state'], string> = {
  validating: 'BATCH_STATE_PENDING',
  in_progress: 'BATCH_STATE_RUNNING',
  cancelling: 'BATCH_STATE_RUNNING',
  completed: 'BATCH_STATE_SUCCEEDED',
  expired: 'BATCH_STATE_EXPIRED',
  cancelled: 'BATCH_STATE_CANCELLED',
  failed: 'BATCH_STATE_FAILED',
};

export async function startGeminiBatchServer(options: BatchServerOptions = {}): Promise<BatchServer> {
  const engine = new BatchEngine('google', options, 'gbatch_');
  const info = new Map<string, { model: string; displayName: string; keys: unknown[] }>();

  const view = (batch: EngineBatch): Json => {
    const meta = info.get(batch.id);
    const keys = new Map(batch.lines.map((line, i) => [line.customId, meta?.keys[i]]));
    const output = batch.results
      ? {
          inlinedResponses: {
            inlinedResponses: batch.results.map((r) =>
              r.status === 200 ? { response: r.body, metadata: keys.get(r.customId) } : { error: (r.body as Json).error, metadata: keys.get(r.customId) },
            ),
          },
        }
      : undefined;
    return {
      name: `batches/${batch.id}`,
      metadata: {
        '@type': 'type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch',
        model: meta?.model,
        displayName: meta?.displayName,
        createTime: new Date(batch.createdAt).toISOString(),
        updateTime: new Date().toISOString(),
        state: STATE[batch.state],
        ...(output ? { output, endTime: new Date().toISOString() } : {}),
      },
      done: output !== undefined,
    };
  };

  const server = await listen(async (method, path, _type, raw) => {
    const create = /^\/v1(?:beta)?\/(models\/[^/:]+):batchGenerateContent$/.exec(path);
    if (method === 'POST' && create) {
      const body = JSON.parse(raw.toString('utf8')) as Json;
      const requests = (body.batch?.inputConfig?.requests?.requests ?? []) as Json[];
      const batch = engine.create(requests.map((r) => ({ customId: String(r.metadata?.key), body: r.request })));
      if (batch.rejected) {
        engine.batches.delete(batch.id);
        return [400, errorBody('google', 400, batch.rejected)];
      }
      info.set(batch.id, { model: create[1], displayName: body.batch?.displayName, keys: requests.map((r) => r.metadata) });
      return [200, view(batch)];
    }
    if (method === 'GET' && /^\/v1(?:beta)?\/batches$/.test(path)) return [200, { operations: [...engine.batches.values()].reverse().map(view) }];
    const one = /^\/v1(?:beta)?\/batches\/([^/:]+)(:cancel)?$/.exec(path);
    const batch = one ? engine.batches.get(one[1]) : undefined;
    if (one && !batch) return [404, errorBody('google', 404, `No batch ${one[1]}`)];
    if (batch && method === 'GET' && !one?.[2]) {
      engine.poll(batch);
      return [200, view(batch)];
    }
    if (batch && method === 'POST' && one?.[2]) {
      engine.cancel(batch);
      return [200, {}];
    }
    if (method === 'POST' && /:generateContent$/.test(path)) {
      engine.liveRequests++;
      const result = engine.respond(path, JSON.parse(raw.toString('utf8')) as Json);
      return [result.status, result.body];
    }
    return [404, errorBody('google', 404, `no route ${method} ${path}`)];
  });
  return { baseURL: server.root, env: { GEMINI_API_KEY: TEST_KEYS.google, GOOGLE_GEMINI_BASE_URL: server.root }, engine, close: server.close };
}
