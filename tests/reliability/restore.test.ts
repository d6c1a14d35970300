// `ftdb restore` on a real corrupted database: a build's database has its pages overwritten (a
// failing disk), the refusal names `ftdb restore`, and restore puts the newest verified backup back,
// keeping the damaged file (byte for byte) and its WAL aside; the restored database lists the same
// dataset and builds again. A named damaged backup is refused without touching anything.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../src/core/store/backup.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';

const BUILD = ['build', '--mode', 'identify', '--input', 'input_files', '--yes', '--quiet'];
const sha = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

function damage(file: string): void {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(size - 8192, 0x5a), 0, size - 8192, 8192);
  fs.closeSync(fd);
}

describe('ftdb restore', () => {
  it('puts the newest good backup back, keeps the damaged file aside, and the database builds again', () => {
    const cwd = sampleWorkspace();
    const built = runCli([...BUILD, '--json'], cwd);
    expect(built.code, built.stderr).toBe(0);
    const datasetId = JSON.parse(built.stdout).dataset_id as string;
    const dbFile = path.join(cwd, 'memory', 'dataset_builder.db');
    const good = listBackups(dbFile).at(-1)!;
    damage(dbFile);
    const damagedHash = sha(dbFile);

    const refused = runCli(BUILD, cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`ftdb restore --db "${dbFile}"`);

    const restored = runCli(['restore', '--json'], cwd);
    expect(restored.code, restored.stderr).toBe(0);
    const outcome = JSON.parse(restored.stdout);
    expect(outcome).toMatchObject({ database: dbFile, restored_from: good, kept_aside: expect.stringMatching(/dataset_builder\.db\.damaged-/) });
    expect(outcome.backups[0]).toMatchObject({ file: good, ok: true, problem: null });
    expect(sha(outcome.kept_aside)).toBe(damagedHash);
    expect(sha(dbFile)).toBe(sha(good));

    const list = runCli(['list', '--json'], cwd);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((d: { dataset_id: string }) => d.dataset_id)).toEqual([datasetId]);
    expect(runCli(BUILD, cwd).code).toBe(0);
  }, 180_000);

  it('refuses a named backup that is damaged, and says when there is no backup at all', () => {
    const cwd = sampleWorkspace();
    expect(runCli(BUILD, cwd).code).toBe(0);
    const dbFile = path.join(cwd, 'memory', 'dataset_builder.db');
    const backup = listBackups(dbFile).at(-1)!;
    damage(backup);
    const before = sha(dbFile);
    const named = runCli(['restore', path.basename(backup)], cwd);
    expect(named.code).toBe(1);
    expect(named.stderr).toContain(`The backup ${backup} is damaged too`);
    expect(sha(dbFile)).toBe(before);
    const listed = JSON.parse(runCli(['restore', '--list', '--json'], cwd).stdout);
    expect(listed[0]).toMatchObject({ file: backup, ok: false });

    const empty = runCli(['restore', '--db', path.join(cwd, 'other.db')], cwd);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/There are no backups of .*other\.db/);
    expect(fs.existsSync(path.join(cwd, 'other.db'))).toBe(false);
  }, 180_000);
});
