// A sample's turns edited by hand (review screen): the new text replaces `content`, so splits, stats
// and exports read the edit like any other sample, and the text before the first edit stays in
// `original_content` so the edit can be undone. content_hash keeps the original's hash on purpose:
// a resume that finds the original conversation again must not add it back as a new sample.
import type { Conversation } from '../types.js';
import type { Db } from './database.js';
import type { StoredFinding } from './runs.js';
import { writeTransaction } from './write-lock.js';

/** Stores the edited turns with their new token count, and replaces the findings of that sample. */
export function saveSampleEdit(
  db: Db,
  edit: { datasetId: string; sampleId: string; conversation: Conversation; tokens: number; findings: StoredFinding[] },
): void {
  const { datasetId, sampleId } = edit;
  writeTransaction(db, () => {
    const changed = db
      .prepare(
        `UPDATE samples SET original_content = COALESCE(original_content, content), content = ?, token_length = ?,
           edited_at = strftime('%Y-%m-%d %H:%M:%f', 'now')
         WHERE id = ? AND dataset_id = ?`,
      )
      .run(JSON.stringify(edit.conversation), edit.tokens, sampleId, datasetId).changes;
    if (changed === 0) throw new Error(`No sample ${sampleId} in ${datasetId}.`);
    replaceSampleFindings(db, datasetId, sampleId, edit.findings);
  });
}

/** The conversation from before the first edit, or undefined when the sample was never edited. */
export function originalConversation(db: Db, datasetId: string, sampleId: string): Conversation | undefined {
  const row = db.prepare('SELECT original_content FROM samples WHERE id = ? AND dataset_id = ?').get(sampleId, datasetId) as
    | { original_content: string | null }
    | undefined;
  return row?.original_content ? (JSON.parse(row.original_content) as Conversation) : undefined;
}

/** Puts the text from before the first edit back, with its token count and findings. */
export function revertSampleEdit(db: Db, edit: { datasetId: string; sampleId: string; tokens: number; findings: StoredFinding[] }): void {
  writeTransaction(db, () => {
    db.prepare(
      `UPDATE samples SET content = original_content, original_content = NULL, edited_at = NULL, token_length = ?
       WHERE id = ? AND dataset_id = ? AND original_content IS NOT NULL`,
    ).run(edit.tokens, edit.sampleId, edit.datasetId);
    replaceSampleFindings(db, edit.datasetId, edit.sampleId, edit.findings);
  });
}

function replaceSampleFindings(db: Db, datasetId: string, sampleId: string, findings: StoredFinding[]): void {
  const insert = db.prepare('INSERT INTO findings (dataset_id, sample_id, rule, severity, message, fix) VALUES (?, ?, ?, ?, ?, ?)');
  db.prepare('DELETE FROM findings WHERE dataset_id = ? AND sample_id = ?').run(datasetId, sampleId);
  for (const f of findings) insert.run(datasetId, sampleId, f.rule, f.severity, f.message, f.fix);
}
