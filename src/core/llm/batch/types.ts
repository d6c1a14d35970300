// The contract of a provider's batch API as ftdb uses it: submit many requests at once under our own
// request ids, poll the batch, read its results line by line, cancel it. One adapter per provider.
import type { LlmError } from '../errors.js';
import type { RawAnswer } from '../transports/transport.js';
import type { AgentProvider, LlmRequest } from '../types.js';

export interface BatchRequestLine {
  /** Our id of the request (the job key), echoed in its result line. */
  customId: string;
  request: Omit<LlmRequest, 'signal'>;
}

/** The provider's states, in OpenAI's words (the other adapters map theirs onto these). */
export type BatchState = 'validating' | 'in_progress' | 'finalizing' | 'completed' | 'expired' | 'cancelling' | 'cancelled' | 'failed';

/** After these the provider does no more work on the batch; whatever results it has can be read. */
export const FINISHED_STATES: ReadonlySet<BatchState> = new Set(['completed', 'expired', 'cancelled', 'failed']);

export interface BatchSnapshot {
  /** The provider's batch id. */
  id: string;
  state: BatchState;
  total: number;
  completed: number;
  failed: number;
  /** Why the provider rejected the batch (bad file, over a limit), in its words. */
  reason?: string;
}

/** `answer` reads the line for the request's schema name (Anthropic answers through a tool of that name). */
interface SubmitIntent {
  requests: number;
  recordedAt: Date;
  knownIds: ReadonlySet<string>;
}

export type BatchResultLine = { customId: string; answer: (schemaName: string) => RawAnswer } | { customId: string; error: LlmError };

export interface BatchApi {
  provider: AgentProvider;
  /** Human name of the provider, for messages. */
  label: string;
  /** Requests one batch may hold (the provider's limit). */
  maxRequests: number;
  /** Uploads and creates one batch, tagged with `localId` so a crash right after can find it again. */
  submit(lines: readonly BatchRequestLine[], localId: string): Promise<BatchSnapshot>;
  /**
   * The batch submitted under `localId`, if the provider has it (the crash between create and
   * commit). `intent` helps providers that cannot tag a batch: its size, when it was recorded, and
   * the batch ids already known (never adopted twice).
   */
  findSubmitted(localId: string, intent: SubmitIntent): Promise<BatchSnapshot | undefined>;
  poll(batchId: string): Promise<BatchSnapshot>;
  /** Result lines of a finished batch; requests without a line (expired, cancelled) are absent. */
  results(batchId: string): Promise<BatchResultLine[]>;
  cancel(batchId: string): Promise<BatchSnapshot>;
}
