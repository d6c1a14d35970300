// OpenAI's Batch API through the official SDK: the requests as a JSONL file (files endpoint, purpose
// "batch"), one batch per file on /v1/chat/completions, results from the output and error files.
import type OpenAI from 'openai';
import type { Batch } from 'openai/resources/batches';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { classifyFailure } from '../classify-failure.js';
import { classifiedCall } from './classified-call.js';
import { LlmError } from '../errors.js';
import type { ProviderSettings } from '../provider-settings.js';
import { scrubSecrets } from '../../scrub-secrets.js';
import { chatCompletionBody, rawAnswerOf } from '../transports/openai-compatible.js';
import { SDK_TIMEOUT_MS } from '../transports/transport.js';
import { schemaForProvider } from '../wire-schema.js';
import type { BatchApi, BatchResultLine, BatchSnapshot } from './types.js';

/** OpenAI's documented limit per batch (the 200 MB file limit is far above what our requests weigh). */
const MAX_REQUESTS = 50_000;
const ENDPOINT = '/v1/chat/completions';
/** The metadata key carrying our local batch id. */
const LOCAL_ID_KEY = 'ftdb_batch';

interface OutputLine {
  custom_id: string;
  response?: { status_code: number; body: unknown } | null;
  error?: { code?: string; message?: string } | null;
}

export async function createOpenAiBatchApi(settings: ProviderSettings, model: string): Promise<BatchApi> {
  const { default: OpenAIClient, toFile } = await import('openai');
  const client: OpenAI = new OpenAIClient({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: 2, timeout: SDK_TIMEOUT_MS, logLevel: 'off' });
  const failure = (error: unknown) => classifyFailure(error, { settings, model });
  const call = classifiedCall(settings, model);

  const readFile = async (fileId: string | undefined | null): Promise<OutputLine[]> => {
    if (!fileId) return [];
    const text = await call(async () => (await client.files.content(fileId)).text());
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as OutputLine);
  };

  return {
    provider: settings.provider,
    label: settings.label,
    maxRequests: MAX_REQUESTS,
    async submit(lines, localId) {
      const jsonl = lines
        .map(({ customId, request }) => {
          const body = chatCompletionBody(settings, model, { ...request, schema: schemaForProvider(settings.provider, request.schema) });
          return JSON.stringify({ custom_id: customId, method: 'POST', url: ENDPOINT, body });
        })
        .join('\n');
      const file = await call(async () => client.files.create({ file: await toFile(Buffer.from(`${jsonl}\n`), `${localId}.jsonl`), purpose: 'batch' }));
      const batch = await call(() =>
        client.batches.create({ input_file_id: file.id, endpoint: ENDPOINT, completion_window: '24h', metadata: { [LOCAL_ID_KEY]: localId } }),
      );
      return snapshotOf(batch, settings);
    },
    async findSubmitted(localId) {
      return call(async () => {
        for await (const batch of client.batches.list({ limit: 100 })) {
          if (batch.metadata?.[LOCAL_ID_KEY] === localId) return snapshotOf(batch, settings);
        }
        return undefined;
      });
    },
    poll: async (batchId) => snapshotOf(await call(() => client.batches.retrieve(batchId)), settings),
    cancel: async (batchId) => snapshotOf(await call(() => client.batches.cancel(batchId)), settings),
    async results(batchId): Promise<BatchResultLine[]> {
      const batch = await call(() => client.batches.retrieve(batchId));
      const lines = [...(await readFile(batch.output_file_id)), ...(await readFile(batch.error_file_id))];
      return lines.map((line) => resultOf(line, failure, settings));
    },
  };
}

function resultOf(line: OutputLine, failure: (error: unknown) => LlmError, settings: ProviderSettings): BatchResultLine {
  const response = line.response;
  if (response && response.status_code === 200) return { customId: line.custom_id, answer: () => rawAnswerOf(response.body as ChatCompletion) };
  if (response) return { customId: line.custom_id, error: failure({ status: response.status_code, error: response.body }) };
  const detail = scrubSecrets(line.error?.message ?? 'no answer', [settings.apiKey]);
  return { customId: line.custom_id, error: new LlmError('bad_request', settings.provider, `The ${settings.label} batch refused this request (${line.error?.code ?? 'error'}): ${detail}`) };
}

function snapshotOf(batch: Batch, settings: ProviderSettings): BatchSnapshot {
  const counts = batch.request_counts;
  const reasons = (batch.errors?.data ?? []).map((e) => `${e.message ?? e.code ?? 'rejected'}${e.line ? ` (line ${e.line})` : ''}`);
  return {
    id: batch.id,
    state: batch.status,
    total: counts?.total ?? 0,
    completed: counts?.completed ?? 0,
    failed: counts?.failed ?? 0,
    reason: reasons.length > 0 ? scrubSecrets(reasons.slice(0, 3).join('; '), [settings.apiKey]) : undefined,
  };
}
