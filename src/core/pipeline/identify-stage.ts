// Stage 2 for identify mode: the conversations already in the documents, verbatim. All of them are
// kept unless the user set a size (agent.identify.max_samples, or --size); then the kept ones are
// spread over the source files in proportion. The target's own maximum always applies.
import { identifyConversations, type IdentifiedConversation } from '../agents/identify.js';
import type { AppConfig } from '../config/schema.js';
import type { ExtractedDocument } from '../ingest/types.js';
import { conversationHash, newSampleId } from '../store/samples.js';
import { resolveTarget } from '../targets/registry.js';
import { capDatasetSize } from '../targets/validate.js';
import type { Sample } from '../types.js';
import type { GenerateContext } from './generate-stage.js';
import { describeShares, spreadOverSources } from './identify-cap.js';
import { checkUncertainCandidates } from './identify-llm-check.js';
import { withSystemPrompt } from './system-prompt.js';

/**
 * Identify mode finds conversations one document at a time, so it runs while the files are read:
 * `keep` (for ingestStage) collects what each document holds and keeps the document without its
 * text; `found` is then what identifySamples would have found in all of them, in the same order.
 */
export function identifyWhileReading(config: Pick<AppConfig, 'agent'>): { keep: (doc: ExtractedDocument) => ExtractedDocument; found: IdentifiedConversation[] } {
  const found: IdentifiedConversation[] = [];
  const keep = (doc: ExtractedDocument): ExtractedDocument => {
    found.push(...identifyConversations([doc], { minTurns: config.agent.identify.min_turns }));
    return { ...doc, sections: [], tables: [], conversations: [] };
  };
  return { keep, found };
}

export async function identifySamples(ctx: GenerateContext): Promise<{ samples: Sample[]; costUsd: number }> {
  const { config, documents, emit } = ctx;
  emit({ type: 'stage', stage: 'generate', message: 'Looking for conversations in the documents' });
  let found = ctx.identified ? [...ctx.identified] : identifyConversations(documents, { minTurns: config.agent.identify.min_turns });
  let costUsd = 0;
  if (config.agent.identify.use_llm) {
    ({ kept: found, costUsd } = await checkUncertainCandidates(found, ctx));
  }
  // The same exchange found twice (one FAQ in .md and .pdf) is stored once: count it once.
  const seen = new Set<string>();
  found = found.filter((c) => {
    const hash = conversationHash(c.conversation);
    if (seen.has(hash)) return false;
    seen.add(hash);
    return true;
  });
  const requested = config.agent.identify.max_samples;
  const limit = capDatasetSize(resolveTarget(config.provider, config.model), requested ?? Number.MAX_SAFE_INTEGER).size;
  const { kept, shares } = spreadOverSources(found, limit);
  // Hybrid keeps its own share of them and says so (modes/hybrid-mode.ts).
  if (kept.length < found.length && config.mode === 'identify') {
    const why = requested === undefined || requested > limit ? 'the most the target accepts' : 'max_samples / --size';
    emit({
      type: 'warning',
      message: `Found ${found.length} conversations; keeping ${kept.length} (${why}), spread over the files: ${describeShares(shares)}.`,
    });
  }
  const samples = kept.map(
    (c): Sample =>
      withSystemPrompt(config, { id: newSampleId(), conversation: c.conversation, source: c.source, keywords: [], origin: 'identified' }),
  );
  emit({
    type: 'generation',
    progress: { accepted: samples.length, target: Math.min(limit, found.length), found: found.length, tokens: 0, costUsd, done: documents.length, total: documents.length },
  });
  return { samples, costUsd };
}
