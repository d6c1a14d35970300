// Identify mode without an LLM: find the conversations that already exist in the documents
// (FAQ entries, Q:/A: pairs, chat logs, interview transcripts, question/answer tables, imported
// JSON conversations) and return them verbatim (whitespace normalised) with their source.
//
// Sample granularity: a FAQ entry, a Q:/A: pair or a table row is one single-exchange sample; a chat
// log or transcript (a run of turns) is one multi-turn sample. `minTurns` is the minimum number of
// user→assistant exchanges a sample must hold (see countExchanges).
import type { ExtractedDocument } from '../ingest/types.js';
import type { Conversation, SourceRef } from '../types.js';
import { countExchanges } from './identify/detection.js';
import { findInDocument } from './identify/document.js';

export interface IdentifiedConversation {
  conversation: Conversation;
  source: SourceRef;
  /** Which detector found it: qa-labels, role-chat, speaker-transcript, heading-faq, numbered-faq,
   *  numbered-sections, question-paragraphs, marked-titles, table-columns, imported. */
  shape: string;
  /** 0..1; low values are candidates worth a second opinion (optional LLM check). */
  confidence: number;
}

export function identifyConversations(
  docs: readonly ExtractedDocument[],
  opts: { minTurns: number },
): IdentifiedConversation[] {
  const minTurns = Math.max(1, opts.minTurns);
  return docs.flatMap((doc) =>
    findInDocument(doc)
      .filter((found) => countExchanges(found.conversation) >= minTurns)
      .map((found) => ({
        conversation: found.conversation,
        source: { file: doc.file, location: found.location },
        shape: found.shape,
        confidence: found.confidence,
      })),
  );
}

export { countExchanges };
