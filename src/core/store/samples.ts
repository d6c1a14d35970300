// The samples table: each accepted conversation, its provenance, tokens and split.
import { createHash, randomBytes } from 'node:crypto';
import type { Conversation, Sample, SampleOrigin, Split } from '../types.js';
import type { Db } from './database.js';
import { writeTransaction } from './write-lock.js';

/** Rows per write transaction: short transactions let a second ftdb process get the lock in between. */
const WRITE_BATCH = 500;

/** A stored sample without its conversation: what stats and counts need, read without the content. */
export type SampleFacts = Omit<StoredSample, 'conversation'>;

export interface StoredSample extends Sample {
  datasetId: string;
  seq: number;
  split: Split | null;
  /** A manual move/exclude from the review screen; wins over the computed split. */
  splitOverride: Split | null;
  /** The keyword the last split grouped this sample by (weighted by keywords only). */
  splitKeyword?: string;
  /** Whether the turns were edited in the review screen (the text before is kept in original_content). */
  edited: boolean;
}

interface SampleRow {
  id: string;
  dataset_id: string;
  content: string;
  token_length: number | null;
  topic_keywords: string | null;
  source_file: string | null;
  source_location: string | null;
  split: string | null;
  split_override: string | null;
  split_keyword: string | null;
  seq: number;
  origin: string;
  quality_score: number | null;
  edited_at: string | null;
}

export function conversationHash(conversation: Conversation): string {
  const text = [conversation.system ?? '', ...conversation.turns.map((t) => `${t.role}:${t.content}`)].join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export function newSampleId(): string {
  return `s-${randomBytes(6).toString('hex')}`;
}

function prepareInsert(db: Db) {
  return {
    nextSeq: db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM samples WHERE dataset_id = ?'),
    exists: db.prepare('SELECT 1 FROM samples WHERE dataset_id = ? AND content_hash = ? LIMIT 1'),
    idTaken: db.prepare('SELECT 1 FROM samples WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO samples (id, dataset_id, content, token_length, topic_keywords, source_file, source_location,
         origin, content_hash, quality_score, seq, created_at)
       VALUES (@id, @datasetId, @content, @tokens, @keywords, @file, @location, @origin, @hash, @score, @seq,
         strftime('%Y-%m-%d %H:%M:%f', 'now'))`,
    ),
  };
}

/** Prepared once per open database: the generation loop inserts one sample at a time, on the path of every call. */
const insertStatements = new WeakMap<Db, ReturnType<typeof prepareInsert>>();

/**
 * Inserts a batch in short transactions of WRITE_BATCH rows. A sample whose id is already stored, or an exact duplicate of a
 * sample of the dataset, is skipped (a job re-run after a crash offers the same ids). Returns the inserted ids.
 */
export function insertSamples(db: Db, datasetId: string, samples: Sample[]): string[] {
  let statements = insertStatements.get(db);
  if (!statements) {
    statements = prepareInsert(db);
    insertStatements.set(db, statements);
  }
  const { nextSeq, exists, idTaken, insert } = statements;
  const inserted: string[] = [];
  for (let from = 0; from < samples.length; from += WRITE_BATCH) {
    writeTransaction(db, () => {
      let seq = (nextSeq.get(datasetId) as { seq: number }).seq;
      for (const sample of samples.slice(from, from + WRITE_BATCH)) {
        const hash = conversationHash(sample.conversation);
        if (idTaken.get(sample.id) || exists.get(datasetId, hash)) continue;
        insert.run({
          id: sample.id,
          datasetId,
          content: JSON.stringify(sample.conversation),
          tokens: sample.tokenLength ?? null,
          keywords: JSON.stringify(sample.keywords),
          file: sample.source.file,
          location: sample.source.location ?? null,
          origin: sample.origin,
          hash,
          score: sample.qualityScore ?? null,
          seq: ++seq,
        });
        inserted.push(sample.id);
      }
    });
  }
  return inserted;
}

export function listSamples(db: Db, datasetId: string): StoredSample[] {
  const rows = db.prepare('SELECT * FROM samples WHERE dataset_id = ? ORDER BY seq').all(datasetId) as SampleRow[];
  return rows.map(toStoredSample);
}

/** Every column but the content (the bulk of a row), so stats of 300k samples parse no conversation. */
export function listSampleFacts(db: Db, datasetId: string): SampleFacts[] {
  const columns = 'id, dataset_id, token_length, topic_keywords, source_file, source_location, split, split_override, split_keyword, seq, origin, quality_score';
  const rows = db.prepare(`SELECT ${columns} FROM samples WHERE dataset_id = ? ORDER BY seq`).all(datasetId) as Omit<SampleRow, 'content'>[];
  return rows.map(toFacts);
}

export function countSamples(db: Db, datasetId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM samples WHERE dataset_id = ?').get(datasetId) as { n: number }).n;
}

/** The split a sample ends up in: a manual override wins over the computed split. */
export function effectiveSplit(sample: Pick<StoredSample, 'split' | 'splitOverride'>): Split | null {
  return sample.splitOverride ?? sample.split;
}

export function updateTokensAndKeywords(db: Db, updates: { id: string; tokens: number; keywords: string[] }[]): void {
  const update = db.prepare('UPDATE samples SET token_length = ?, topic_keywords = ? WHERE id = ?');
  for (let from = 0; from < updates.length; from += WRITE_BATCH) {
    writeTransaction(db, () => {
      for (const u of updates.slice(from, from + WRITE_BATCH)) update.run(u.tokens, JSON.stringify(u.keywords), u.id);
    });
  }
}

/** The computed split of each sample, and the keyword it was grouped by (cleared when not given). */
export function saveSplits(db: Db, datasetId: string, assignments: Map<string, Split | null>, topics?: ReadonlyMap<string, string>): void {
  const update = db.prepare('UPDATE samples SET split = ?, split_keyword = ? WHERE id = ? AND dataset_id = ?');
  // One transaction on purpose: a reader must never see half of the samples moved to the new split.
  writeTransaction(db, () => {
    for (const [id, split] of assignments) update.run(split, topics?.get(id) ?? null, id, datasetId);
  });
}

export function setSplitOverride(db: Db, datasetId: string, sampleId: string, override: Split | null): void {
  db.prepare('UPDATE samples SET split_override = ? WHERE id = ? AND dataset_id = ?').run(override, sampleId, datasetId);
}

function toStoredSample(row: SampleRow): StoredSample {
  return { ...toFacts(row), conversation: JSON.parse(row.content) as Conversation };
}

function toFacts(row: Omit<SampleRow, 'content'>): SampleFacts {
  return {
    id: row.id,
    datasetId: row.dataset_id,
    seq: row.seq,
    source: { file: row.source_file ?? '', location: row.source_location ?? undefined },
    keywords: row.topic_keywords ? (JSON.parse(row.topic_keywords) as string[]) : [],
    origin: row.origin as SampleOrigin,
    tokenLength: row.token_length ?? undefined,
    qualityScore: row.quality_score ?? undefined,
    split: row.split as Split | null,
    splitOverride: row.split_override as Split | null,
    splitKeyword: row.split_keyword ?? undefined,
    edited: row.edited_at !== null,
  };
}
