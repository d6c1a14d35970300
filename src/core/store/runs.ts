// Run records (one per build/resume attempt) and the validation findings of a dataset.
import type { DecodingNote, SkippedFile } from '../ingest/types.js';
import type { Finding } from '../targets/types.js';
import { scrubSecrets } from '../scrub-secrets.js';
import type { Db } from './database.js';
import { currentProcessStart, isProcessAlive } from './run-liveness.js';
import { writeTransaction } from './write-lock.js';

export type RunStatus = 'running' | 'complete' | 'partial' | 'failed' | 'cancelled';

/** Records the run with this process's pid and start, so a run whose process died can be told apart. */
export function startRun(db: Db, datasetId: string): number {
  const insert = db.prepare('INSERT INTO runs (dataset_id, pid, process_start) VALUES (?, ?, ?)');
  return Number(insert.run(datasetId, process.pid, currentProcessStart()).lastInsertRowid);
}

/** Whether the latest run of a dataset says "running", and whether its process is still alive. */
function latestRunLiveness(db: Db, datasetId: string): { running: boolean; alive: boolean } {
  const run = db.prepare('SELECT status, pid, process_start FROM runs WHERE dataset_id = ? ORDER BY id DESC LIMIT 1').get(datasetId) as
    | { status: string; pid: number | null; process_start: string | null }
    | undefined;
  if (run?.status !== 'running') return { running: false, alive: false };
  return { running: true, alive: isProcessAlive(run.pid, run.process_start) };
}

/** The latest run of a dataset is "running" but its process is gone (SIGTERM, kill -9, power loss). */
export function latestRunInterrupted(db: Db, datasetId: string): boolean {
  const { running, alive } = latestRunLiveness(db, datasetId);
  return running && !alive;
}

/** The latest run of a dataset is still being run by a live process (this one or another). */
export function runInProgress(db: Db, datasetId: string): boolean {
  return latestRunLiveness(db, datasetId).alive;
}

/** What a run's reading stage found: files read, files skipped, files decoded with caveats. */
export interface RunFiles {
  filesRead: number;
  skipped: SkippedFile[];
  decoding: DecodingNote[];
}

export function recordRunFiles(db: Db, runId: number, files: RunFiles): void {
  db.prepare('UPDATE runs SET files_read = ?, skipped = ?, text_decoding = ? WHERE id = ?').run(
    files.filesRead,
    JSON.stringify(files.skipped),
    JSON.stringify(files.decoding),
    runId,
  );
}

export function finishRun(db: Db, runId: number, result: { status: RunStatus; error?: string }): void {
  db.prepare('UPDATE runs SET status = ?, error = ?, finished_at = CURRENT_TIMESTAMP WHERE id = ?').run(
    result.status,
    result.error === undefined ? null : scrubSecrets(result.error),
    runId,
  );
}

/** Files read and skipped by the latest run of a dataset. */
export function lastRunFiles(db: Db, datasetId: string): RunFiles {
  const row = db
    .prepare('SELECT files_read, skipped, text_decoding FROM runs WHERE dataset_id = ? ORDER BY id DESC LIMIT 1')
    .get(datasetId) as { files_read: number; skipped: string; text_decoding: string } | undefined;
  if (!row) return { filesRead: 0, skipped: [], decoding: [] };
  return {
    filesRead: row.files_read,
    skipped: JSON.parse(row.skipped) as SkippedFile[],
    decoding: JSON.parse(row.text_decoding) as DecodingNote[],
  };
}

/** Stores the generation record (agents/generation/record.ts) on the dataset's latest run, the one in progress. */
export function recordRunGeneration(db: Db, datasetId: string, record: unknown): void {
  db.prepare('UPDATE runs SET generation = ? WHERE id = (SELECT MAX(id) FROM runs WHERE dataset_id = ?)').run(JSON.stringify(record), datasetId);
}

/** The generation record of the latest run that generated anything, or null. */
export function lastRunGeneration(db: Db, datasetId: string): unknown {
  const row = db.prepare('SELECT generation FROM runs WHERE dataset_id = ? AND generation IS NOT NULL ORDER BY id DESC LIMIT 1').get(datasetId) as
    | { generation: string }
    | undefined;
  return row ? JSON.parse(row.generation) : null;
}

export interface StoredFinding extends Finding {
  sampleId: string | null;
  /**
   * Set when this one row stands for the same finding on every sample of the dataset (a dataset
   * without system messages: one warning, not one row per sample): how many samples that was.
   */
  everySample?: number;
}

/** Errors, warnings and findings per rule, a row with `everySample` counting once per sample. */
export function findingTotals(findings: StoredFinding[]): { errors: number; warnings: number; byRule: Record<string, number> } {
  const totals = { errors: 0, warnings: 0, byRule: {} as Record<string, number> };
  for (const f of findings) {
    const count = f.everySample ?? 1;
    if (f.severity === 'error') totals.errors += count;
    else totals.warnings += count;
    totals.byRule[f.rule] = (totals.byRule[f.rule] ?? 0) + count;
  }
  return totals;
}

/**
 * A per-sample warning that all `sampleCount` samples have alike (same rule, message and fix)
 * becomes one row with `everySample`; everything else is kept as it is, in order. Errors stay one
 * row per sample: they are what excludes a sample, and the review screens show them on each one.
 */
export function collapseEverySample(findings: StoredFinding[], sampleCount: number): StoredFinding[] {
  if (sampleCount < 2) return findings;
  const keyOf = (f: StoredFinding) => JSON.stringify([f.rule, f.severity, f.message, f.fix]);
  const groups = new Map<string, { ids: Set<string>; rows: number }>();
  for (const f of findings) {
    if (!f.sampleId || f.severity !== 'warning') continue;
    const group = groups.get(keyOf(f)) ?? { ids: new Set<string>(), rows: 0 };
    group.ids.add(f.sampleId);
    group.rows++;
    groups.set(keyOf(f), group);
  }
  // Exactly one row on each sample: a sample with the same warning twice keeps its rows (no count lost).
  const everywhere = new Set([...groups].filter(([, g]) => g.ids.size === sampleCount && g.rows === sampleCount).map(([key]) => key));
  if (everywhere.size === 0) return findings;
  const collapsed: StoredFinding[] = [];
  const written = new Set<string>();
  for (const f of findings) {
    const key = f.sampleId && f.severity === 'warning' ? keyOf(f) : '';
    if (!everywhere.has(key)) collapsed.push(f);
    else if (!written.has(key)) {
      written.add(key);
      collapsed.push({ ...f, line: 0, sampleId: null, everySample: sampleCount });
    }
  }
  return collapsed;
}

export function replaceFindings(db: Db, datasetId: string, findings: StoredFinding[]): void {
  const insert = db.prepare(
    'INSERT INTO findings (dataset_id, sample_id, rule, severity, message, fix, every_sample) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  writeTransaction(db, () => {
    db.prepare('DELETE FROM findings WHERE dataset_id = ?').run(datasetId);
    for (const f of findings) insert.run(datasetId, f.sampleId, f.rule, f.severity, f.message, f.fix, f.everySample ?? null);
  });
}

export function listFindings(db: Db, datasetId: string): StoredFinding[] {
  const rows = db
    .prepare('SELECT sample_id, rule, severity, message, fix, every_sample FROM findings WHERE dataset_id = ? ORDER BY rowid')
    .all(datasetId) as {
    sample_id: string | null;
    rule: string;
    severity: 'error' | 'warning';
    message: string;
    fix: string;
    every_sample: number | null;
  }[];
  return rows.map((r) => ({
    line: 0,
    sampleId: r.sample_id,
    rule: r.rule,
    severity: r.severity,
    message: r.message,
    fix: r.fix,
    ...(r.every_sample === null ? {} : { everySample: r.every_sample }),
  }));
}
