// identify.use_llm: candidates the pattern detector is unsure of get a second opinion from the agent
// LLM, which only says where the exchange is; the text is cut verbatim from the candidate.
import type { IdentifiedConversation } from '../agents/identify.js';
import { readPromptFile } from '../agents/create/prompt-template.js';
import { candidateLines, locateExchanges } from '../agents/quality/exchange-check.js';
import type { AppConfig } from '../config/schema.js';
import { throwIfAborted } from '../errors.js';
import type { PipelineEvent } from './events.js';
import { agentClientFor } from './agent-client.js';

/** Below this detector confidence a candidate is checked (statement headings, unlabelled transcripts). */
const LOW_CONFIDENCE = 0.75;

export async function checkUncertainCandidates(
  found: IdentifiedConversation[],
  context: { config: AppConfig; env: NodeJS.ProcessEnv; promptsDir: string; signal?: AbortSignal; emit: (e: PipelineEvent) => void },
): Promise<{ kept: IdentifiedConversation[]; costUsd: number }> {
  const uncertain = found.filter((c) => c.confidence < LOW_CONFIDENCE);
  if (uncertain.length === 0) return { kept: found, costUsd: 0 };
  const client = await agentClientFor(context.config, context.env);
  const systemPrompt = await readPromptFile(context.promptsDir, 'system/identify_check.txt');
  context.emit({ type: 'stage', stage: 'generate', message: `Asking ${client.model} about ${uncertain.length} uncertain candidate(s)` });
  let costUsd = 0;
  const verdicts = await Promise.all(
    uncertain.map(async (candidate) => {
      throwIfAborted(context.signal);
      const check = await locateExchanges(client, { systemPrompt, lines: candidateLines(candidate.conversation), signal: context.signal });
      costUsd += check.costUsd;
      return [candidate, check.conversation] as const;
    }),
  );
  const replaced = new Map(verdicts);
  const kept = found.flatMap((c) => {
    if (!replaced.has(c)) return [c];
    const conversation = replaced.get(c);
    return conversation ? [{ ...c, conversation: { ...c.conversation, turns: conversation.turns }, confidence: 1 }] : [];
  });
  context.emit({ type: 'stage', stage: 'generate', message: `The agent kept ${kept.length - (found.length - uncertain.length)} of ${uncertain.length} uncertain candidate(s)` });
  return { kept, costUsd };
}
