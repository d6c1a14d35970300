// The agent LLM of a run, built from config.system (which env AGENT_* and flags already override).
// With a local server and no model chosen, the server's own model is used (llm/local-models.ts).
import type { AppConfig } from '../config/schema.js';
import { createAgentClient } from '../llm/client.js';
import { chooseLocalModel } from '../llm/local-models.js';
import type { AgentClient, RetryNotice } from '../llm/types.js';
import type { PipelineEvent } from './events.js';

export async function agentClientFor(
  config: AppConfig,
  env: NodeJS.ProcessEnv,
  observers: { onRetry?: (notice: RetryNotice) => void; emit?: (event: PipelineEvent) => void } = {},
): Promise<AgentClient> {
  const s = config.system;
  let model = s.agentic_model;
  if (s.agentic_llm === 'ollama') {
    const choice = await chooseLocalModel(model, env);
    model = choice.model;
    if (choice.notice) observers.emit?.({ type: 'warning', message: choice.notice });
  }
  return createAgentClient({
    provider: s.agentic_llm,
    model,
    env,
    timeoutMs: s.timeout * 1000,
    maxRetries: s.max_retries,
    concurrency: s.concurrency,
    price: configuredPrice(config),
    onRetry: observers.onRetry,
  });
}

export function configuredPrice(config: AppConfig): { inputPerMTok: number; outputPerMTok: number } | undefined {
  const p = config.system.price;
  return p ? { inputPerMTok: p.input_per_mtok, outputPerMTok: p.output_per_mtok } : undefined;
}
