// Real in-memory implementations of the journal and sink interfaces, chunks, and a client on a server.
import { createAgentClient } from '../../src/core/llm/client.js';
import type { AgentClient } from '../../src/core/llm/types.js';
import type { GeneratedSample, GenerationJournal, GenerationSink } from '../../src/core/agents/generation.js';
import type { Chunk } from '../../src/core/ingest/types.js';
import { envFor, MODEL_FOR, PROVIDER_FOR } from '../servers/env.js';
import type { Protocol } from '../servers/protocols.js';
import { WARRANTY_TEXT } from '../servers/writer.js';
import { startScriptedServer, type Responder, type ScriptedServer, type Step } from '../servers/scripted-server.js';

export const PROMPTS_DIR = new URL('../../prompts', import.meta.url).pathname;

export class MemoryJournal implements GenerationJournal {
  readonly done = new Map<string, { samples: number; costUsd: number }>();
  readonly failed = new Map<string, string>();
  isDone(key: string): boolean {
    return this.done.has(key);
  }
  markDone(key: string, info: { samples: number; costUsd: number }): void {
    this.done.set(key, info);
  }
  markFailed(key: string, error: string): void {
    this.failed.set(key, error);
  }
}

/** Stores samples by id; refuses an id it already holds, like an INSERT OR IGNORE. */
export class MemorySink implements GenerationSink {
  readonly samples = new Map<string, GeneratedSample>();
  /** Per acceptAll call: the journal keys of the samples handed over (one call's survivors each time). */
  readonly batches: string[][] = [];
  acceptAll(samples: readonly GeneratedSample[]): boolean[] {
    this.batches.push(samples.map((sample) => sample.jobKey));
    return samples.map((sample) => {
      if (this.samples.has(sample.id)) return false;
      this.samples.set(sample.id, sample);
      return true;
    });
  }
  get list(): GeneratedSample[] {
    return [...this.samples.values()];
  }
}

export function chunk(file: string, index: number, text = WARRANTY_TEXT): Chunk {
  return { id: `${file}#${index}`, text, file, location: `page ${index + 1}`, tokens: 60 };
}

export interface Agent {
  server: ScriptedServer;
  client: AgentClient;
}

export async function startAgent(
  script: Step[] | Responder,
  options: { protocol?: Protocol; concurrency?: number; timeoutMs?: number; maxRetries?: number; latencyMs?: number } = {},
): Promise<Agent> {
  const protocol = options.protocol ?? 'openai';
  const server = await startScriptedServer(protocol, script, { latencyMs: options.latencyMs });
  const client = await createAgentClient({
    provider: PROVIDER_FOR[protocol],
    model: MODEL_FOR[protocol],
    env: envFor(server),
    timeoutMs: options.timeoutMs ?? 5_000,
    maxRetries: options.maxRetries ?? 1,
    concurrency: options.concurrency ?? 4,
    retry: { baseDelayMs: 5, maxDelayMs: 20 },
  });
  return { server, client };
}
