// A local server speaking OpenAI's Batch API wire protocol (files upload, batches create / retrieve /
// list / cancel, file content), driven by the real `openai` SDK in tests; batches behave as
// batch-engine.ts scripts them. Also answers live chat completions (the repair of a malformed line).
import { BatchEngine, listen, type BatchServer, type BatchServerOptions, type EngineBatch } from './batch-engine.js';
import { TEST_KEYS } from './env.js';
import { errorBody } from './protocols.js';

type Json = Record<string, any>;

export async function startOpenAiBatchServer(options: BatchServerOptions = {}): Promise<BatchServer> {
  const engine = new BatchEngine('openai', options, 'batch_');
  const files = new Map<string, string>();
  const inputFiles = new Map<string, string>();
  let fileCount = 0;
  const saveFile = (lines: string[]) => {
    if (lines.length === 0) return null;
    const id = `file-out-${++fileCount}`;
    files.set(id, `${lines.join('\n')}\n`);
    return id;
  };
  const outputs = new Map<string, { output: string | null; errors: string | null }>();

  const wire = (batch: EngineBatch, meta: Json): Json => {
    let out = outputs.get(batch.id);
    if (batch.results && !out) {
      const line = (r: NonNullable<EngineBatch['results']>[number], i: number) =>
        JSON.stringify({ id: `batch_req_${batch.number}_${i}`, custom_id: r.customId, response: { status_code: r.status, request_id: `req_${i}`, body: r.body }, error: null });
      out = { output: saveFile(batch.results.flatMap((r, i) => (r.status === 200 ? [line(r, i)] : []))), errors: saveFile(batch.results.flatMap((r, i) => (r.status === 200 ? [] : [line(r, i)]))) };
      outputs.set(batch.id, out);
    }
    const failed = batch.results?.filter((r) => r.status !== 200).length ?? 0;
    return {
      id: batch.id,
      object: 'batch',
      endpoint: '/v1/chat/completions',
      completion_window: '24h',
      input_file_id: inputFiles.get(batch.id),
      status: batch.state,
      errors: batch.rejected ? { object: 'list', data: [{ code: 'invalid_request', message: batch.rejected, line: 1 }] } : null,
      output_file_id: out?.output ?? null,
      error_file_id: out?.errors ?? null,
      created_at: Math.floor(batch.createdAt / 1000),
      request_counts: { total: batch.lines.length, completed: (batch.results?.length ?? 0) - failed, failed },
      metadata: meta,
    };
  };
  const metadata = new Map<string, Json>();
  const view = (batch: EngineBatch) => wire(batch, metadata.get(batch.id) ?? {});

  const route = async (method: string, path: string, contentType: string, raw: Buffer): Promise<[number, Json | string]> => {
    if (method === 'POST' && path === '/v1/files') {
      const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
      const file = form.get('file') as File;
      const id = `file-in-${++fileCount}`;
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
      const batch = engine.create(lines.map((l) => ({ customId: l.custom_id, body: l.body })));
      inputFiles.set(batch.id, body.input_file_id);
      metadata.set(batch.id, body.metadata ?? {});
      return [200, view(batch)];
    }
    if (method === 'GET' && path === '/v1/batches') return [200, { object: 'list', data: [...engine.batches.values()].reverse().map(view), has_more: false }];
    const one = /^\/v1\/batches\/([^/]+)(\/cancel)?$/.exec(path);
    const batch = one ? engine.batches.get(one[1]) : undefined;
    if (one && !batch) return [404, errorBody('openai', 404, `No batch ${one[1]}`)];
    if (batch && method === 'GET' && !one?.[2]) {
      engine.poll(batch);
      return [200, view(batch)];
    }
    if (batch && method === 'POST' && one?.[2]) {
      engine.cancel(batch);
      return [200, view(batch)];
    }
    if (method === 'POST' && path === '/v1/chat/completions') {
      engine.liveRequests++;
      const result = engine.respond(path, JSON.parse(raw.toString('utf8')) as Json);
      return [result.status, result.body];
    }
    return [404, errorBody('openai', 404, `no route ${method} ${path}`)];
  };

  const server = await listen(route);
  const baseURL = `${server.root}/v1`;
  return { baseURL, env: { OPENAI_API_KEY: TEST_KEYS.openai, OPENAI_BASE_URL: baseURL }, engine, close: server.close };
}
