// config.system_prompt: one system message added to every sample that has none.
import type { AppConfig } from '../config/schema.js';
import type { Sample } from '../types.js';

export function withSystemPrompt(config: Pick<AppConfig, 'system_prompt'>, sample: Sample): Sample {
  const system = config.system_prompt.trim();
  if (!system || sample.conversation.system) return sample;
  return { ...sample, conversation: { ...sample.conversation, system } };
}
