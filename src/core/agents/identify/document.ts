// Runs every detector over one extracted document: text sections, tables and imported conversations.
import type { ExtractedDocument } from '../../ingest/types.js';
import type { Conversation } from '../../types.js';
import type { LineDetector } from './detection.js';
import { resolveOverlaps } from './detection.js';
import { buildDocLines, locationOf } from './doc-lines.js';
import { detectHeadingFaq } from './heading-faq.js';
import { detectMarkedTitles } from './marked-titles.js';
import { detectNumberedFaq } from './numbered-faq.js';
import { detectNumberedSections } from './numbered-sections.js';
import { detectQaLabels } from './qa-labels.js';
import { detectQuestionParagraphs } from './question-paragraphs.js';
import { detectRoleChat } from './role-chat.js';
import { detectSpeakerTranscripts } from './speaker-transcript.js';
import { detectTablePairs } from './table-pairs.js';

const LINE_DETECTORS: readonly LineDetector[] = [
  detectQaLabels,
  detectRoleChat,
  detectSpeakerTranscripts,
  detectHeadingFaq,
  detectNumberedFaq,
  detectNumberedSections,
  detectQuestionParagraphs,
  detectMarkedTitles,
];

export interface DocumentFinding {
  conversation: Conversation;
  location: string;
  shape: string;
  confidence: number;
}

export function findInDocument(doc: ExtractedDocument): DocumentFinding[] {
  const lines = buildDocLines(doc.sections, { markdown: doc.format === 'markdown' });
  const detections = resolveOverlaps(LINE_DETECTORS.flatMap((detect) => detect(lines, { file: doc.file })));
  const fromText = detections.map((d) => ({
    conversation: d.conversation,
    location: locationOf(lines[d.start]),
    shape: d.shape,
    confidence: d.confidence,
  }));
  const fromTables = doc.tables.flatMap((table) =>
    detectTablePairs(table).map((d) => ({ ...d, shape: 'table-columns' })),
  );
  const imported = doc.conversations.map((c) => ({
    conversation: c.conversation,
    location: c.location,
    shape: 'imported',
    confidence: 1,
  }));
  return [...fromText, ...fromTables, ...imported];
}
