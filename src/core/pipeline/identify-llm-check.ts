// identify.use_llm: candidates the pattern detector is unsure of get a second opinion from the agent
// LLM, which only says where the exchanges are; the text is cut verbatim from the candidate.
// The pass only ever adds or confirms: every pattern-found conversation stays whatever the model
// answers. An exchange the model locates that differs from the candidate is added next to it; one
// that matches confirms it. When the model fails, times out, cannot be reached or rejects everything,
// the candidates are kept as found and counted as unchecked (or not confirmed).
import type { IdentifiedConversation } from '../agents/identify.js';
import { readPromptFile } from '../agents/create/prompt-template.js';
import { candidateLines, locateExchanges } from '../agents/quality/exchange-check.js';
import type { AppConfig } from '../config/schema.js';
import { getErrorMessage, isAbortError, throwIfAborted } from '../errors.js';
import type { Conversation } from '../types.js';
import type { PipelineEvent } from './events.js';
import { agentClientFor } from './agent-client.js';

/** Below this detector confidence a candidate is checked (statement headings, unlabelled transcripts). */
const LOW_CONFIDENCE = 0.75;

export interface LlmCheckSummary {
  checked: number;
  confirmed: number;
  added: number;
  unchecked: number;
}

interface CheckContext {
  config: AppConfig;
  env: NodeJS.ProcessEnv;
  promptsDir: string;
  signal?: AbortSignal;
  emit: (e: PipelineEvent) => void;
}

export async function checkUncertainCandidates(
  found: IdentifiedConversation[],
  context: CheckContext,
): Promise<{ kept: IdentifiedConversation[]; costUsd: number; summary: LlmCheckSummary }> {
  const uncertain = found.filter((c) => c.confidence < LOW_CONFIDENCE);
  const summary: LlmCheckSummary = { checked: uncertain.length, confirmed: 0, added: 0, unchecked: 0 };
  if (uncertain.length === 0) return { kept: found, costUsd: 0, summary };
  let client: Awaited<ReturnType<typeof agentClientFor>>;
  let systemPrompt: string;
  try {
    client = await agentClientFor(context.config, context.env);
    systemPrompt = await readPromptFile(context.promptsDir, 'system/identify_check.txt');
  } catch (error) {
    summary.unchecked = uncertain.length;
    context.emit({ type: 'warning', message: `The agent LLM could not be used (${getErrorMessage(error)}); keeping all ${found.length} conversation(s) as found.` });
    return { kept: found, costUsd: 0, summary };
  }
  context.emit({ type: 'stage', stage: 'generate', message: `Asking ${client.model} about ${uncertain.length} uncertain candidate(s)` });
  let costUsd = 0;
  const verdicts = new Map<IdentifiedConversation, Conversation | 'unchecked' | undefined>();
  await Promise.all(
    uncertain.map(async (candidate) => {
      throwIfAborted(context.signal);
      try {
        const check = await locateExchanges(client, { systemPrompt, lines: candidateLines(candidate.conversation), signal: context.signal });
        costUsd += check.costUsd;
        verdicts.set(candidate, check.conversation);
      } catch (error) {
        if (isAbortError(error) || context.signal?.aborted) throw error;
        verdicts.set(candidate, 'unchecked');
      }
    }),
  );
  const kept = found.flatMap((candidate) => {
    const verdict = verdicts.get(candidate);
    if (verdict === undefined) return [candidate];
    if (verdict === 'unchecked') {
      summary.unchecked++;
      return [candidate];
    }
    if (sameExchanges(verdict, candidate.conversation)) {
      summary.confirmed++;
      return [{ ...candidate, confidence: 1 }];
    }
    summary.added++;
    const located = { ...candidate, conversation: { ...candidate.conversation, turns: verdict.turns }, shape: `${candidate.shape}+llm`, confidence: 1 };
    return [candidate, located];
  });
  const rejected = uncertain.length - summary.confirmed - summary.added - summary.unchecked;
  context.emit({
    type: 'stage',
    stage: 'generate',
    message:
      `The agent confirmed ${summary.confirmed} of ${uncertain.length} uncertain candidate(s), added ${summary.added}, ` +
      `could not check ${summary.unchecked}${rejected > 0 ? `, and saw no exchange in ${rejected} (kept as found)` : ''}.`,
  });
  return { kept, costUsd, summary };
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function sameExchanges(a: Conversation, b: Conversation): boolean {
  return a.turns.length === b.turns.length && a.turns.every((t, i) => t.role === b.turns[i].role && collapse(t.content) === collapse(b.turns[i].content));
}
