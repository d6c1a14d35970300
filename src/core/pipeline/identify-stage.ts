// Stage 2 for identify mode: conversations already in the documents, verbatim, up to the requested size.
import { identifyConversations } from '../agents/identify.js';
import type { AppConfig } from '../config/schema.js';
import type { ExtractedDocument } from '../ingest/types.js';
import { newSampleId } from '../store/samples.js';
import type { Sample } from '../types.js';
import type { PipelineEvent } from './events.js';
import { withSystemPrompt } from './system-prompt.js';

export function identifySamples(
  documents: ExtractedDocument[],
  config: AppConfig,
  size: number,
  emit: (e: PipelineEvent) => void,
): Sample[] {
  emit({ type: 'stage', stage: 'generate', message: 'Looking for conversations in the documents' });
  const found = identifyConversations(documents, { minTurns: config.agent.identify.min_turns });
  if (found.length > size) {
    emit({
      type: 'warning',
      message: `Found ${found.length} conversations; keeping the first ${size} (dataset_size). Raise --size to keep more.`,
    });
  }
  const samples = found.slice(0, size).map(
    (c): Sample =>
      withSystemPrompt(config, { id: newSampleId(), conversation: c.conversation, source: c.source, keywords: [], origin: 'identified' }),
  );
  emit({
    type: 'generation',
    progress: { accepted: samples.length, target: size, tokens: 0, costUsd: 0, done: documents.length, total: documents.length },
  });
  return samples;
}
