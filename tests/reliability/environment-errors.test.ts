// Environment failures end as typed errors with a next step (exit 1, "error:" + "hint:"), never as
// "ftdb hit a bug". ENOSPC and the read-only disk use a real small tmpfs (this sandbox runs as root
// and may mount; root also bypasses file modes, so EACCES is shown through the same mapping in unit form).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentError } from '../../src/core/environment-errors.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { tempDir } from '../helpers/tmp.js';

const BUILD = ['build', '--mode', 'identify', '--input', 'input_files', '--yes'];

function expectTyped(result: { code: number; stderr: string }, message: RegExp, hint: RegExp): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).not.toContain('ftdb hit a bug');
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(hint);
}

describe('a full or read-only disk (tmpfs)', () => {
  const mountPoint = tempDir('ftdb-tmpfs-');
  beforeAll(() => {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', mountPoint]);
  });
  afterAll(() => {
    execFileSync('umount', [mountPoint]);
  });

  it('ENOSPC while exporting and for the database: typed errors, and the database keeps the samples', () => {
    fs.mkdirSync(path.join(mountPoint, 'full'));
    // Fill the disk up to the last byte.
    const fd = fs.openSync(path.join(mountPoint, 'filler'), 'w');
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(4096));
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
    fs.closeSync(fd);
    const cwd = sampleWorkspace();
    const out = runCli([...BUILD, '--out', path.join(mountPoint, 'full')], cwd);
    expectTyped(out, /error: The disk is full/, /hint: Free some space or point --out \/ --db at another disk/);
    const list = JSON.parse(runCli(['list', '--json'], cwd).stdout);
    expect(list[0].samples).toBeGreaterThan(0);
    expect(list[0].status).toBe('failed');

    const db = runCli([...BUILD, '--db', path.join(mountPoint, 'full', 'ftdb.db')], sampleWorkspace());
    expectTyped(db, /error: The disk is full|error: Cannot open the database/, /hint: /);
    fs.rmSync(path.join(mountPoint, 'filler'));
  }, 120_000);

  it('a read-only database: typed error naming what to do', () => {
    const cwd = sampleWorkspace();
    const dbFile = path.join(mountPoint, 'ro.db');
    expect(runCli([...BUILD, '--db', dbFile, '--out', path.join(cwd, 'out')], cwd).code).toBe(0);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const result = runCli([...BUILD, '--db', dbFile, '--out', path.join(cwd, 'out')], cwd);
      expectTyped(result, /error: (The file system or database is read-only|Cannot open the database)/, /hint: /);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  }, 120_000);
});

describe('paths the file system refuses', () => {
  it('--out /dev/null', () => {
    expectTyped(runCli([...BUILD, '--out', '/dev/null'], sampleWorkspace()), /error: A path that must be a folder is not one/, /not a file or a device such as \/dev\/null/);
  }, 60_000);

  it('a name too long for the file system', () => {
    const cwd = sampleWorkspace();
    expectTyped(runCli([...BUILD, '--out', path.join(cwd, 'x'.repeat(300))], cwd), /error: A file name is too long/, /hint: Use a shorter --name/);
  }, 60_000);

  it('EACCES maps to a typed error with a next step', () => {
    let thrown: unknown;
    const file = path.join(tempDir(), 'locked');
    fs.mkdirSync(file);
    try {
      fs.writeFileSync(file, 'x'); // EISDIR as any user; EACCES itself needs a non-root user
    } catch (error) {
      thrown = Object.assign(error as Error, { code: 'EACCES' });
    }
    const typed = environmentError(thrown);
    expect(typed?.message).toContain('not allowed to write here');
    expect(typed?.hint).toContain('Choose a folder you can write to');
  });
});
