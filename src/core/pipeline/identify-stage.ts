// Stage 2 for identify mode: conversations already in the documents, verbatim, up to the requested size.
import { identifyConversations } from '../agents/identify.js';
import { newSampleId } from '../store/samples.js';
import type { Sample } from '../types.js';
import type { GenerateContext } from './generate-stage.js';
import { checkUncertainCandidates } from './identify-llm-check.js';
import { withSystemPrompt } from './system-prompt.js';

export async function identifySamples(ctx: GenerateContext): Promise<{ samples: Sample[]; costUsd: number }> {
  const { config, documents, size, emit } = ctx;
  emit({ type: 'stage', stage: 'generate', message: 'Looking for conversations in the documents' });
  let found = identifyConversations(documents, { minTurns: config.agent.identify.min_turns });
  let costUsd = 0;
  if (config.agent.identify.use_llm) {
    ({ kept: found, costUsd } = await checkUncertainCandidates(found, ctx));
  }
  // Hybrid keeps its own share of them and says so (modes/hybrid-mode.ts).
  if (found.length > size && config.mode === 'identify') {
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
    progress: { accepted: samples.length, target: size, tokens: 0, costUsd, done: documents.length, total: documents.length },
  });
  return { samples, costUsd };
}
