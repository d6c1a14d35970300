// Gemini batch mode through @google/genai's `ai.batches`: the requests go inline in one create call,
// each tagged with our request id in its metadata, and the batch under our local id as its display
// name (how a batch lost between create and commit is found again). Results come back inline.
import type { BatchJob, GenerateContentResponse, GoogleGenAI, InlinedResponse, JobState } from '@google/genai';
import { classifyFailure } from '../classify-failure.js';
import { classifiedCall } from './classified-call.js';
import type { ProviderSettings } from '../provider-settings.js';
import { geminiConfig, rawAnswerOfGemini, withoutConsoleWarnings } from '../transports/google.js';
import { schemaForProvider } from '../wire-schema.js';
import type { BatchApi, BatchResultLine, BatchSnapshot, BatchState } from './types.js';

/** Inline requests are bounded by the 20 MB request size; far fewer of ours fit than of OpenAI's. */
const MAX_REQUESTS = 2_000;

const STATE_OF: Partial<Record<JobState, BatchState>> = {
  JOB_STATE_PENDING: 'validating',
  JOB_STATE_QUEUED: 'validating',
  JOB_STATE_RUNNING: 'in_progress',
  JOB_STATE_SUCCEEDED: 'completed',
  JOB_STATE_PARTIALLY_SUCCEEDED: 'completed',
  JOB_STATE_FAILED: 'failed',
  JOB_STATE_CANCELLING: 'cancelling',
  JOB_STATE_CANCELLED: 'cancelled',
  JOB_STATE_EXPIRED: 'expired',
};

export async function createGeminiBatchApi(settings: ProviderSettings, model: string): Promise<BatchApi> {
  const { GoogleGenAI: Client } = await import('@google/genai');
  const ai: GoogleGenAI = withoutConsoleWarnings(() => new Client({ apiKey: settings.apiKey, vertexai: false, httpOptions: { baseUrl: settings.baseURL } }));
  const call = classifiedCall(settings, model);
  return {
    provider: settings.provider,
    label: settings.label,
    maxRequests: MAX_REQUESTS,
    async submit(lines, localId) {
      const src = lines.map(({ customId, request }) => ({
        contents: [{ role: 'user', parts: [{ text: request.user }] }],
        config: geminiConfig({ ...request, schema: schemaForProvider(settings.provider, request.schema) }),
        metadata: { key: customId },
      }));
      return snapshotOf(await call(() => ai.batches.create({ model, src, config: { displayName: localId } })));
    },
    async findSubmitted(localId) {
      return call(async () => {
        for await (const job of await ai.batches.list({ config: { pageSize: 100 } })) if (job.displayName === localId) return snapshotOf(job);
        return undefined;
      });
    },
    poll: async (batchId) => snapshotOf(await call(() => ai.batches.get({ name: batchId }))),
    async cancel(batchId) {
      // The cancel call answers nothing about the batch; the next poll says when it is cancelled.
      await call(() => ai.batches.cancel({ name: batchId }));
      return { id: batchId, state: 'cancelling', total: 0, completed: 0, failed: 0 };
    },
    async results(batchId): Promise<BatchResultLine[]> {
      const job = await call(() => ai.batches.get({ name: batchId }));
      return (job.dest?.inlinedResponses ?? []).flatMap((line) => resultOf(line, settings, model));
    },
  };
}

function resultOf(line: InlinedResponse, settings: ProviderSettings, model: string): BatchResultLine[] {
  const customId = (line.metadata as { key?: string } | undefined)?.key;
  if (!customId) return [];
  if (line.response) {
    const response: GenerateContentResponse = line.response;
    return [{ customId, answer: () => rawAnswerOfGemini(response, textOf(response), model) }];
  }
  const error = line.error as { code?: number; message?: string } | undefined;
  return [{ customId, error: classifyFailure({ status: error?.code ?? 500, error: { message: error?.message ?? 'no answer' } }, { settings, model }) }];
}

/** The answer's text: a batch returns a plain response object, without the SDK's `text` getter. */
function textOf(response: GenerateContentResponse): string | undefined {
  const parts = response.candidates?.[0]?.content?.parts ?? [];
  const text = parts.filter((part) => typeof part.text === 'string' && !part.thought).map((part) => part.text).join('');
  return text || undefined;
}

function snapshotOf(job: BatchJob): BatchSnapshot {
  const lines = job.dest?.inlinedResponses ?? [];
  const failed = lines.filter((line) => line.error).length;
  return { id: job.name ?? '', state: (job.state && STATE_OF[job.state]) ?? 'in_progress', total: lines.length, completed: lines.length - failed, failed };
}
