import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, listBackups } from '../../src/core/store/backup.js';
import { openDatabase, schemaVersion } from '../../src/core/store/database.js';
import { createDataset, getDataset, listDatasets, refreshTotals } from '../../src/core/store/datasets.js';
import { MIGRATIONS } from '../../src/core/store/migrations.js';
import {
  effectiveSplit,
  insertSamples,
  listSamples,
  newSampleId,
  saveSplits,
  setSplitOverride,
} from '../../src/core/store/samples.js';
import type { Sample } from '../../src/core/types.js';
import { tempDir } from '../helpers/tmp.js';

function sample(question: string, answer: string, file = 'faq.md'): Sample {
  return {
    id: newSampleId(),
    conversation: { turns: [{ role: 'user', content: question }, { role: 'assistant', content: answer }] },
    source: { file, location: 'line 1' },
    keywords: ['alpha'],
    origin: 'identified',
    tokenLength: 12,
  };
}

describe('store', () => {
  it('creates the specified tables in WAL mode at the newest schema version', () => {
    const file = path.join(tempDir(), 'memory', 'db.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table','index')").all().map((r: any) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['datasets', 'samples', 'idx_dataset_id', 'idx_split', 'runs', 'jobs']));
    db.close();
  });

  it('migrates an old database forward without losing rows', () => {
    const file = path.join(tempDir(), 'old.db');
    const v1 = openDatabase(file, MIGRATIONS.slice(0, 1));
    v1.prepare("INSERT INTO datasets (id, name, provider, model, mode) VALUES ('ds-old', 'old', 'openai', 'gpt-4o-mini', 'identify')").run();
    v1.close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(MIGRATIONS.at(-1)!.version);
    expect(listDatasets(db).map((d) => [d.name, d.input_dir])).toEqual([['old', null]]);
    db.close();
  });

  it('refuses a database from a newer ftdb with a clear message', () => {
    const file = path.join(tempDir(), 'new.db');
    const raw = new Database(file);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(file)).toThrow(/newer than this ftdb/);
  });

  it('inserts a batch in one transaction, skipping exact duplicates, and keeps order', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    const ds = createDataset(db, { name: 'a', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
    const a = sample('What is A?', 'A is the first letter.');
    const dup = { ...sample('What is A?', 'A is the first letter.'), id: newSampleId() };
    const b = sample('What is B?', 'B is the second letter.');
    expect(insertSamples(db, ds.id, [a, dup, b])).toEqual([a.id, b.id]);
    expect(insertSamples(db, ds.id, [dup])).toEqual([]);
    const stored = listSamples(db, ds.id);
    expect(stored.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(stored[0].conversation).toEqual(a.conversation);
    expect(stored[0].keywords).toEqual(['alpha']);
    refreshTotals(db, ds.id);
    expect(getDataset(db, ds.id)).toMatchObject({ total_samples: 2, total_tokens: 24 });
    db.close();
  });

  it('skips a sample whose id is already stored (a job re-run after a crash)', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    const ds = createDataset(db, { name: 'a', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
    const a = sample('Q1?', 'A1.');
    const rerun = { ...sample('Q1 again?', 'A1 again.'), id: a.id };
    expect(insertSamples(db, ds.id, [a])).toEqual([a.id]);
    expect(insertSamples(db, ds.id, [rerun])).toEqual([]);
    expect(listSamples(db, ds.id).map((s) => s.conversation)).toEqual([a.conversation]);
    db.close();
  });

  it('rolls back the whole batch when one row fails', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    const ds = createDataset(db, { name: 'a', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
    const a = sample('Q1?', 'A1.');
    const broken = { ...sample('Q2?', 'A2.'), source: { file: null as unknown as string } , conversation: undefined as never };
    expect(() => insertSamples(db, ds.id, [a, broken])).toThrow();
    expect(listSamples(db, ds.id)).toHaveLength(0);
    db.close();
  });

  it('a manual override wins over the computed split', () => {
    const db = openDatabase(path.join(tempDir(), 'db.sqlite'));
    const ds = createDataset(db, { name: 'a', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
    const a = sample('Q1?', 'A1.');
    insertSamples(db, ds.id, [a]);
    saveSplits(db, ds.id, new Map([[a.id, 'train']]));
    expect(effectiveSplit(listSamples(db, ds.id)[0])).toBe('train');
    setSplitOverride(db, ds.id, a.id, 'excluded');
    expect(effectiveSplit(listSamples(db, ds.id)[0])).toBe('excluded');
    db.close();
  });

  it('keeps only the newest five backups, each a readable copy', async () => {
    const file = path.join(tempDir(), 'memory', 'dataset_builder.db');
    const db = openDatabase(file);
    createDataset(db, { name: 'kept', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
    for (let i = 0; i < 7; i++) await backupDatabase(db, file, `run-${i}`);
    db.close();
    const backups = listBackups(file);
    expect(backups).toHaveLength(5);
    expect(backups.some((b) => b.includes('run-6'))).toBe(true);
    expect(backups.some((b) => b.includes('run-0'))).toBe(false);
    const copy = new Database(backups.at(-1)!, { readonly: true });
    expect(copy.prepare('SELECT name FROM datasets').all()).toEqual([{ name: 'kept' }]);
    copy.close();
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(true);
  });
});

describe('job journal', () => {
  it('remembers finished jobs across reopening the database', async () => {
    const { openJobJournal, jobCostTotal } = await import('../../src/core/store/jobs.js');
    const file = path.join(tempDir(), 'db.sqlite');
    let db = openDatabase(file);
    const ds = createDataset(db, { name: 'a', provider: 'openai', model: 'gpt-4o-mini', mode: 'create', config: {} });
    const journal = openJobJournal(db, ds.id);
    journal.markDone('chunk-1', { samples: 3, costUsd: 0.01 });
    journal.markFailed('chunk-2', 'timeout');
    db.close();
    db = openDatabase(file);
    const reopened = openJobJournal(db, ds.id);
    expect(reopened.isDone('chunk-1')).toBe(true);
    expect(reopened.isDone('chunk-2')).toBe(false);
    expect(jobCostTotal(db, ds.id)).toBeCloseTo(0.01);
    db.close();
  });
});
