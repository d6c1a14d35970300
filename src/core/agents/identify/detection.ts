// What a detector returns, and the clean-up every detection goes through before it becomes a sample.
import type { Conversation, Turn } from '../../types.js';
import type { DocLine } from './doc-lines.js';
import { hasContent, hasStatement } from './normalize.js';

export interface Detection {
  conversation: Conversation;
  /** First and last line index (inclusive) in the document's line stream, for provenance and overlap. */
  start: number;
  end: number;
  shape: string;
  /** 0..1: how sure the detector is that this is a real question→answer exchange. */
  confidence: number;
}

/** What a detector may know about the document besides its lines. */
interface DetectContext {
  /** Path of the document relative to the input folder ("docs/FAQ.md"). */
  file: string;
}

export type LineDetector = (lines: readonly DocLine[], context?: DetectContext) => Detection[];

/** Number of user→assistant exchanges: a user turn directly followed by an assistant turn. */
export function countExchanges(conversation: Conversation): number {
  let count = 0;
  const { turns } = conversation;
  for (let i = 0; i + 1 < turns.length; i++) {
    if (turns[i].role === 'user' && turns[i + 1].role === 'assistant') count++;
  }
  return count;
}

/**
 * Drops empty turns, merges consecutive turns of one role (joined by "\n"), and trims the ends so a
 * conversation starts with the user and ends with the assistant, as every target format requires.
 */
export function tidyTurns(turns: readonly Turn[]): Turn[] {
  const merged: Turn[] = [];
  for (const turn of turns) {
    // Only blank lines and layout spaces at the ends go: a first code line keeps its indentation.
    const content = turn.content.replace(/^(?:[ \t]*\n)+/, '').replace(/[ \t\n]+$/, '');
    if (!hasContent(content)) continue;
    const previous = merged[merged.length - 1];
    if (previous?.role === turn.role) previous.content = `${previous.content}\n${content}`;
    else merged.push({ role: turn.role, content });
  }
  while (merged.length > 0 && merged[0].role !== 'user') merged.shift();
  while (merged.length > 0 && merged[merged.length - 1].role !== 'assistant') merged.pop();
  return merged;
}

/** A single question→answer detection, or null when either side is empty or the answer says nothing. */
export function pairDetection(
  question: string,
  answer: string,
  span: { start: number; end: number; shape: string; confidence: number },
): Detection | null {
  const turns = tidyTurns([
    { role: 'user', content: question },
    { role: 'assistant', content: answer },
  ]);
  return turns.length === 2 && hasStatement(turns[1].content) ? { conversation: { turns }, ...span } : null;
}

/**
 * Keeps the most confident detections whose line ranges do not overlap (two detectors may claim the
 * same lines: the more certain reading wins), returned in document order.
 */
export function resolveOverlaps(detections: readonly Detection[]): Detection[] {
  const ranked = [...detections].sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const claimed = new Uint8Array(detections.reduce((max, d) => Math.max(max, d.end + 1), 0));
  const kept: Detection[] = [];
  for (const candidate of ranked) {
    if (claimed.subarray(candidate.start, candidate.end + 1).includes(1)) continue;
    claimed.fill(1, candidate.start, candidate.end + 1);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
