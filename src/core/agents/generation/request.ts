// The request of one generating call: the prompt for a chunk, the answer schema sized to the ask,
// and the token bound. Live calls send it at once; batch runs write it into the batch file.
import type { Chunk } from '../../ingest/types.js';
import type { LlmRequest } from '../../llm/types.js';
import { GENERATION_SCHEMA_NAME, generationMaxTokens, generationWireSchema } from './answer-schema.js';
import type { GenerationPrompt, PromptAsk } from './types.js';

export function generationRequest(prompt: GenerationPrompt, turns: number, chunk: Chunk, ask: PromptAsk): Omit<LlmRequest, 'signal'> {
  const { system, user } = prompt.build(chunk, ask);
  return {
    system,
    user,
    schema: generationWireSchema(ask.count, turns),
    schemaName: GENERATION_SCHEMA_NAME,
    temperature: prompt.temperature,
    maxOutputTokens: generationMaxTokens(ask.count, turns),
  };
}
