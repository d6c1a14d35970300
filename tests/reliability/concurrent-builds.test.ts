// Two `ftdb build` runs started together in one folder, while a third process holds the write lock,
// both finish: they wait (and say so) instead of dying with "database is locked".
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { runCliAsync } from './run-cli-async.js';
import { openDatabase } from '../../src/core/store/database.js';
import { DatabaseBusyError, setLockWaitListener, writeTransaction } from '../../src/core/store/write-lock.js';
import { tempDir } from '../helpers/tmp.js';

/** Another process that takes the write lock and keeps it for `ms`; resolves once it holds the lock. */
function holdWriteLock(dbFile: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `const D=require('better-sqlite3');const db=new D(process.argv[1]);db.exec('BEGIN IMMEDIATE');
    console.log('locked');Atomics.wait(new Int32Array(new SharedArrayBuffer(4)),0,0,${ms});db.exec('COMMIT');`;
  const child = spawn(process.execPath, ['-e', script, dbFile], { cwd: REPO_ROOT });
  const done = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('two builds at once in one folder', () => {
  it('both finish, each with its own dataset and output folder', async () => {
    const cwd = sampleWorkspace();
    const args = ['build', '--mode', 'identify', '--input', 'input_files', '--yes', '--json'];
    expect(runCli(args, cwd).code).toBe(0); // creates the database, so the lock holder has a file to lock
    const dbFile = path.join(cwd, 'memory', 'dataset_builder.db');
    const lock = await holdWriteLock(dbFile, 4_000);
    const [a, b] = await Promise.all([runCliAsync(args, cwd), runCliAsync(args, cwd)]);
    await lock.done;
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(a.stderr + b.stderr).toContain('Waiting for another ftdb process to finish writing');
    const [first, second] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(first.dataset_id).not.toBe(second.dataset_id);
    expect(first.files.train).not.toBe(second.files.train);
    const db = new Database(dbFile, { readonly: true });
    const rows = db.prepare("SELECT name, status FROM datasets ORDER BY created_at").all() as { name: string; status: string }[];
    db.close();
    expect(rows).toHaveLength(3);
    expect(new Set(rows.map((r) => r.name)).size).toBe(3);
    expect(rows.every((r) => r.status === 'complete')).toBe(true);
  }, 180_000);
});

describe('writeTransaction', () => {
  it('gives up with a typed error naming what to do when the lock never frees', async () => {
    const dbFile = path.join(tempDir(), 'busy.db');
    openDatabase(dbFile).close();
    const lock = await holdWriteLock(dbFile, 5_000);
    const db = openDatabase(dbFile);
    const told: string[] = [];
    setLockWaitListener((m) => told.push(m));
    let caught: unknown;
    try {
      writeTransaction(db, () => db.exec("CREATE TABLE t (x)"), 2_500);
    } catch (error) {
      caught = error;
    }
    db.close();
    await lock.done;
    expect(caught).toBeInstanceOf(DatabaseBusyError);
    expect((caught as DatabaseBusyError).hint).toContain('run this command again');
    expect(told).toHaveLength(1);
  }, 30_000);
});
