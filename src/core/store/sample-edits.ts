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
  const insert = db.prepare('INSERT INTO findings (dataset_id, sample_id, rule, severity, message, fix) VALUES (?, ?, ?, ?, ?, ?)');
  writeTransaction(db, () => {
    const changed = db
      .prepare(
        `UPDATE samples SET original_content = COALESCE(original_content, content), content = ?, token_length = ?,
           edited_at = strftime('%Y-%m-%d %H:%M:%f', 'now')
         WHERE id = ? AND dataset_id = ?`,
      )
      .run(JSON.stringify(edit.conversation), edit.tokens, sampleId, datasetId).changes;
    if (changed === 0) throw new Error(`No sample ${sampleId} in ${datasetId}.`);
    db.prepare('DELETE FROM findings WHERE dataset_id = ? AND sample_id = ?').run(datasetId, sampleId);
    for (const f of edit.findings) insert.run(datasetId, sampleId, f.rule, f.severity, f.message, f.fix);
  });
}

/** Puts the text from before the first edit back; token_length is cleared so the next split counts it again. */
export function revertSampleEdit(db: Db, datasetId: string, sampleId: string): boolean {
  return (
    db
      .prepare(
        `UPDATE samples SET content = original_content, original_content = NULL, edited_at = NULL, token_length = NULL
         WHERE id = ? AND dataset_id = ? AND original_content IS NOT NULL`,
      )
      .run(sampleId, datasetId).changes > 0
  );
}
