// The batch API of the run's agent provider, loaded only for batch runs (the SDK is imported lazily).
import { UserError } from '../../errors.js';
import { resolveProviderSettings } from '../provider-settings.js';
import type { AgentProvider } from '../types.js';
import type { BatchApi } from './types.js';

/** The agent providers whose batch API ftdb drives. */
const BATCH_PROVIDERS: ReadonlySet<AgentProvider> = new Set(['openai', 'anthropic', 'google']);

export function supportsBatch(provider: AgentProvider): boolean {
  return BATCH_PROVIDERS.has(provider);
}

export async function createBatchApi(provider: AgentProvider, model: string, env: NodeJS.ProcessEnv): Promise<BatchApi> {
  const settings = resolveProviderSettings(provider, env);
  if (!supportsBatch(provider)) {
    throw new UserError(`Batch mode is not available for the ${settings.label} agent: ftdb supports the OpenAI, Anthropic and Gemini batch APIs.`, {
      hint: 'Run without --batch (system.batch: false), or use --agent-provider openai, anthropic or google for a batch run.',
      exitCode: 2,
    });
  }
  if (provider === 'openai') return (await import('./openai-batches.js')).createOpenAiBatchApi(settings, model);
  if (provider === 'anthropic') return (await import('./anthropic-batches.js')).createAnthropicBatchApi(settings, model);
  return (await import('./gemini-batches.js')).createGeminiBatchApi(settings, model);
}
