// A local server speaking Anthropic's Message Batches wire protocol (create with inline requests,
// retrieve, list, cancel, JSONL results), driven by the real @anthropic-ai/sdk in tests; batches
// behave as batch-engine.ts scripts them. A rejected batch is refused at create (HTTP 400), as
// Anthropic validates requests up front.
import { BatchEngine, listen, type BatchServer, type BatchServerOptions, type EngineBatch } from './batch-engine.js';
import { TEST_KEYS } from './env.js';
import { errorBody } from './protocols.js';

type Json = Record<string, any>;

export async function startAnthropicBatchServer(options: BatchServerOptions = {}): Promise<BatchServer> {
  const engine = new BatchEngine('anthropic', options, 'msgbatch_');
  const cancelledAt = new Map<string, string>();
  let root = '';

  const view = (batch: EngineBatch): Json => {
    const ended = batch.results !== undefined;
    const answered = batch.results ?? [];
    const succeeded = answered.filter((r) => r.status === 200).length;
    const missing = batch.lines.length - answered.length;
    return {
      id: batch.id,
      type: 'message_batch',
      processing_status: ended ? 'ended' : batch.state === 'cancelling' ? 'canceling' : 'in_progress',
      request_counts: {
        processing: ended ? 0 : batch.lines.length,
        succeeded,
        errored: answered.length - succeeded,
        canceled: batch.state === 'cancelled' ? missing : 0,
        expired: batch.state === 'expired' ? missing : 0,
      },
      created_at: new Date(batch.createdAt).toISOString(),
      expires_at: new Date(batch.createdAt + 86_400_000).toISOString(),
      ended_at: ended ? new Date().toISOString() : null,
      archived_at: null,
      cancel_initiated_at: cancelledAt.get(batch.id) ?? null,
      results_url: ended ? `${root}/v1/messages/batches/${batch.id}/results` : null,
    };
  };

  const results = (batch: EngineBatch): string => {
    const answered = new Map((batch.results ?? []).map((r) => [r.customId, r]));
    const missing = batch.state === 'cancelled' ? 'canceled' : 'expired';
    const lines = batch.lines.map(({ customId }) => {
      const r = answered.get(customId);
      const result = !r ? { type: missing } : r.status === 200 ? { type: 'succeeded', message: r.body } : { type: 'errored', error: r.body };
      return JSON.stringify({ custom_id: customId, result });
    });
    return `${lines.join('\n')}\n`;
  };

  const server = await listen(async (method, path, _type, raw) => {
    if (method === 'POST' && path === '/v1/messages/batches') {
      const body = JSON.parse(raw.toString('utf8')) as Json;
      const batch = engine.create((body.requests as Json[]).map((r) => ({ customId: r.custom_id, body: r.params })));
      if (batch.rejected) {
        engine.batches.delete(batch.id);
        return [400, errorBody('anthropic', 400, batch.rejected)];
      }
      return [200, view(batch)];
    }
    if (method === 'GET' && path === '/v1/messages/batches') {
      const data = [...engine.batches.values()].reverse().map(view);
      return [200, { data, has_more: false, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null }];
    }
    const one = /^\/v1\/messages\/batches\/([^/]+)(\/cancel|\/results)?$/.exec(path);
    const batch = one ? engine.batches.get(one[1]) : undefined;
    if (one && !batch) return [404, errorBody('anthropic', 404, `No batch ${one[1]}`)];
    if (batch && method === 'GET' && !one?.[2]) {
      engine.poll(batch);
      return [200, view(batch)];
    }
    if (batch && method === 'POST' && one?.[2] === '/cancel') {
      engine.cancel(batch);
      if (batch.state === 'cancelling') cancelledAt.set(batch.id, new Date().toISOString());
      return [200, view(batch)];
    }
    if (batch && method === 'GET' && one?.[2] === '/results') return batch.results ? [200, results(batch)] : [404, errorBody('anthropic', 404, 'not ended')];
    if (method === 'POST' && path === '/v1/messages') {
      engine.liveRequests++;
      const result = engine.respond(path, JSON.parse(raw.toString('utf8')) as Json);
      return [result.status, result.body];
    }
    return [404, errorBody('anthropic', 404, `no route ${method} ${path}`)];
  });
  root = server.root;
  return { baseURL: root, env: { ANTHROPIC_API_KEY: TEST_KEYS.anthropic, ANTHROPIC_BASE_URL: root }, engine, close: server.close };
}
