// Anthropic's Message Batches API through the official SDK: the requests go inline in one create
// call, the batch is polled until "ended", results stream as JSONL (succeeded / errored / canceled /
// expired per request). A batch cannot carry our tag, so a batch lost between create and commit is
// found by its size and creation time among the batches not yet known (see findSubmitted).
import type Anthropic from '@anthropic-ai/sdk';
import type { MessageBatch } from '@anthropic-ai/sdk/resources/messages/batches';
import { classifyFailure } from '../classify-failure.js';
import { classifiedCall } from './classified-call.js';
import type { ProviderSettings } from '../provider-settings.js';
import { anthropicMessageBody, rawAnswerOfMessage } from '../transports/anthropic.js';
import { SDK_TIMEOUT_MS } from '../transports/transport.js';
import { schemaForProvider } from '../wire-schema.js';
import type { BatchApi, BatchResultLine, BatchSnapshot, BatchState } from './types.js';

/** Anthropic's documented limit per batch (and 256 MB, far above what our requests weigh). */
const MAX_REQUESTS = 100_000;
/** A batch created this long before our intent was recorded cannot be ours (clock skew allowance). */
const SKEW_MS = 5 * 60 * 1000;

/** HTTP status of each error type, so a failed request is classified like a live failure. */
const STATUS_OF: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  overloaded_error: 529,
};

export async function createAnthropicBatchApi(settings: ProviderSettings, model: string): Promise<BatchApi> {
  const { default: AnthropicClient } = await import('@anthropic-ai/sdk');
  const client: Anthropic = new AnthropicClient({ apiKey: settings.apiKey, authToken: null, baseURL: settings.baseURL, maxRetries: 2, timeout: SDK_TIMEOUT_MS, logLevel: 'off' });
  const batches = client.messages.batches;
  const call = classifiedCall(settings, model);
  return {
    provider: settings.provider,
    label: settings.label,
    maxRequests: MAX_REQUESTS,
    async submit(lines) {
      const requests = lines.map(({ customId, request }) => ({
        custom_id: customId,
        params: anthropicMessageBody(model, { ...request, schema: schemaForProvider(settings.provider, request.schema) }),
      }));
      return snapshotOf(await call(() => batches.create({ requests })));
    },
    async findSubmitted(_localId, intent) {
      return call(async () => {
        const candidates: MessageBatch[] = [];
        for await (const batch of batches.list({ limit: 100 })) {
          const created = Date.parse(batch.created_at);
          if (created < intent.recordedAt.getTime() - SKEW_MS) break; // newest first: older ones are not ours
          if (!intent.knownIds.has(batch.id) && totalOf(batch) === intent.requests) candidates.push(batch);
        }
        // Adopt only an unambiguous match; otherwise the requests are planned again (paid twice at worst).
        return candidates.length === 1 ? snapshotOf(candidates[0]) : undefined;
      });
    },
    poll: async (batchId) => snapshotOf(await call(() => batches.retrieve(batchId))),
    cancel: async (batchId) => snapshotOf(await call(() => batches.cancel(batchId))),
    async results(batchId): Promise<BatchResultLine[]> {
      return call(async () => {
        const lines: BatchResultLine[] = [];
        for await (const line of await batches.results(batchId)) {
          const result = line.result;
          if (result.type === 'succeeded') lines.push({ customId: line.custom_id, answer: (schemaName) => rawAnswerOfMessage(result.message, schemaName) });
          else if (result.type === 'errored') {
            const status = STATUS_OF[result.error.error.type] ?? 500;
            lines.push({ customId: line.custom_id, error: classifyFailure({ status, error: result.error }, { settings, model }) });
          }
          // canceled / expired: no line, so the request is planned again
        }
        return lines;
      });
    },
  };
}

function totalOf(batch: MessageBatch): number {
  const c = batch.request_counts;
  return c.processing + c.succeeded + c.errored + c.canceled + c.expired;
}

function stateOf(batch: MessageBatch): BatchState {
  if (batch.processing_status === 'in_progress') return 'in_progress';
  if (batch.processing_status === 'canceling') return 'cancelling';
  if (batch.cancel_initiated_at) return 'cancelled';
  return batch.request_counts.expired > 0 ? 'expired' : 'completed';
}

function snapshotOf(batch: MessageBatch): BatchSnapshot {
  const c = batch.request_counts;
  return { id: batch.id, state: stateOf(batch), total: totalOf(batch), completed: c.succeeded, failed: c.errored };
}
