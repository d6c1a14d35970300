// The agent LLM of a run, built from config.system (which env AGENT_* and flags already override).
import type { AppConfig } from '../config/schema.js';
import { createAgentClient } from '../llm/client.js';
import type { AgentClient } from '../llm/types.js';

export function agentClientFor(config: AppConfig, env: NodeJS.ProcessEnv): Promise<AgentClient> {
  const s = config.system;
  return createAgentClient({
    provider: s.agentic_llm,
    model: s.agentic_model,
    env,
    timeoutMs: s.timeout * 1000,
    maxRetries: s.max_retries,
    concurrency: s.concurrency,
    price: configuredPrice(config),
  });
}

export function configuredPrice(config: AppConfig): { inputPerMTok: number; outputPerMTok: number } | undefined {
  const p = config.system.price;
  return p ? { inputPerMTok: p.input_per_mtok, outputPerMTok: p.output_per_mtok } : undefined;
}
