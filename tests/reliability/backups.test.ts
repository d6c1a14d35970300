// Backups count only once verified; a kill -9 mid-backup leaves nothing that counts (and its partial
// file is cleaned next time); a damaged database is refused with the newest good backup and the
// steps to restore it; another program's SQLite file is refused as --db.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupDatabase, backupDir, checkFile, listBackups } from '../../src/core/store/backup.js';
import { openDatabase } from '../../src/core/store/database.js';
import { createDataset } from '../../src/core/store/datasets.js';
import { insertSamples, newSampleId } from '../../src/core/store/samples.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';

function fill(dbFile: string, samples: number): void {
  const db = openDatabase(dbFile);
  const ds = createDataset(db, { name: 'big', provider: 'openai', model: 'gpt-4o-mini', mode: 'identify', config: {} });
  const text = 'The thermostat keeps its schedule through a power cut. '.repeat(20);
  insertSamples(db, ds.id, Array.from({ length: samples }, (_, i) => ({
    id: newSampleId(),
    conversation: { turns: [{ role: 'user' as const, content: `Question ${i}?` }, { role: 'assistant' as const, content: `${text}${i}` }] },
    source: { file: 'faq.md' },
    keywords: [],
    origin: 'identified' as const,
  })));
  db.close();
}

describe('backups', () => {
  it('kill -9 during backups: every kept backup passes quick_check, partials are cleaned', async () => {
    const dbFile = path.join(tempDir(), 'memory', 'dataset_builder.db');
    fill(dbFile, 30_000);
    const script = `
      import { openDatabase } from './src/core/store/database.ts';
      import { backupDatabase } from './src/core/store/backup.ts';
      const db = openDatabase(process.argv[1]);
      console.log('ready');
      for (let i = 0; ; i++) await backupDatabase(db, process.argv[1], 'loop-' + i);`;
    let sawPartial = false;
    for (let attempt = 0; attempt < 4; attempt++) {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dbFile], { cwd: REPO_ROOT });
      await new Promise((resolve) => child.stdout.once('data', resolve));
      await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1500));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.on('close', resolve));
      sawPartial ||= fs.readdirSync(backupDir(dbFile)).some((f) => f.includes('.partial-'));
      for (const backup of listBackups(dbFile)) expect(checkFile(backup), backup).toBeUndefined();
      expect(listBackups(dbFile).length).toBeLessThanOrEqual(5);
    }
    const db = openDatabase(dbFile);
    await backupDatabase(db, dbFile, 'after');
    db.close();
    expect(fs.readdirSync(backupDir(dbFile)).filter((f) => f.includes('.partial-'))).toEqual([]);
    expect(sawPartial, 'at least one kill landed mid-backup').toBe(true);
  }, 180_000);

  it('a damaged database: build refuses, naming the newest good backup and how to restore it', () => {
    const cwd = sampleWorkspace();
    const args = ['build', '--mode', 'identify', '--input', 'input_files', '--yes'];
    expect(runCli(args, cwd).code).toBe(0);
    const dbFile = path.join(cwd, 'memory', 'dataset_builder.db');
    const good = listBackups(dbFile).at(-1)!;
    // Overwrite the samples' pages (all but the first) with garbage, as a failing disk would.
    const size = fs.statSync(dbFile).size;
    const fd = fs.openSync(dbFile, 'r+');
    fs.writeSync(fd, Buffer.alloc(size - 8192, 0x5a), 0, size - 8192, 8192);
    fs.closeSync(fd);
    const refused = runCli(args, cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error: The database .*dataset_builder\.db is damaged/);
    expect(refused.stderr).toContain(`The newest good backup is ${good}`);
    expect(refused.stderr).toContain(`cp "${good}"`);
    expect(refused.stderr).not.toContain('ftdb hit a bug');
    expect(listBackups(dbFile).at(-1)).toBe(good); // no backup of the damaged file was added
    // Following the printed steps gives a database that builds again.
    fs.renameSync(dbFile, `${dbFile}.damaged`);
    fs.rmSync(`${dbFile}-wal`, { force: true });
    fs.rmSync(`${dbFile}-shm`, { force: true });
    fs.copyFileSync(good, dbFile);
    expect(runCli(args, cwd).code).toBe(0);
  }, 120_000);

  it('refuses a --db that belongs to another program, leaving it untouched', () => {
    const cwd = sampleWorkspace();
    const other = path.join(cwd, 'notes.sqlite');
    const raw = new Database(other);
    raw.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')");
    raw.close();
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--db', other, '--yes'], cwd);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not an ftdb database (it holds other tables: notes)');
    const check = new Database(other, { readonly: true });
    expect((check.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name)).toEqual(['notes']);
    check.close();
  }, 60_000);
});
