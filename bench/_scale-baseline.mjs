// Bare baselines for bench/scale.ts: the same work as each ftdb stage done the plainest way, in plain
// node (like the built CLI), so time and peak RSS can be compared. Usage:
//   node bench/_scale-baseline.mjs build|stats|split|export|validate <input dir> <work dir>
// build: read + JSON.parse the input lines, one-transaction inserts, a tokenizer encode loop,
// JSON.stringify + write. stats: read and parse every row. split: read, shuffle, one-transaction
// updates. export: read, parse, JSON.stringify + write. validate: read lines, parse, encode loop.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { encode } from 'gpt-tokenizer/encoding/o200k_base';

const [stage, inputDir, workDir] = process.argv.slice(2);
const dbFile = path.join(workDir, 'baseline.db');
const jsonlFile = path.join(workDir, 'baseline.jsonl');
const textOf = (messages) => messages.map((m) => m.content).join('\n');

function readInput() {
  const rows = [];
  for (const name of fs.readdirSync(inputDir).sort()) {
    for (const line of fs.readFileSync(path.join(inputDir, name), 'utf8').split('\n')) if (line) rows.push(JSON.parse(line));
  }
  return rows;
}

function readRows(db) {
  return db.prepare('SELECT id, content FROM samples ORDER BY seq').all().map((r) => ({ id: r.id, messages: JSON.parse(r.content) }));
}

function writeJsonl(rows) {
  fs.writeFileSync(jsonlFile, rows.map((r) => `${JSON.stringify({ messages: r.messages })}\n`).join(''));
}

const stages = {
  build() {
    fs.rmSync(dbFile, { force: true });
    const db = new Database(dbFile);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE samples (id TEXT PRIMARY KEY, seq INTEGER, content TEXT, tokens INTEGER, split TEXT)');
    const records = readInput();
    const insert = db.prepare('INSERT INTO samples (id, seq, content, tokens) VALUES (?, ?, ?, ?)');
    const rows = records.map((r, i) => ({ id: `s-${i}`, messages: r.messages }));
    db.transaction(() => {
      rows.forEach((r, i) => insert.run(r.id, i, JSON.stringify(r.messages), encode(textOf(r.messages)).length));
    })();
    writeJsonl(rows);
    db.close();
  },
  stats() {
    const db = new Database(dbFile, { readonly: true });
    let chars = 0;
    for (const r of readRows(db)) chars += textOf(r.messages).length;
    db.close();
    if (chars === 0) throw new Error('no rows');
  },
  split() {
    const db = new Database(dbFile);
    const rows = readRows(db);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    const update = db.prepare('UPDATE samples SET split = ? WHERE id = ?');
    const cut = Math.round(rows.length * 0.9);
    db.transaction(() => rows.forEach((r, i) => update.run(i < cut ? 'train' : 'validation', r.id)))();
    writeJsonl(rows);
    db.close();
  },
  export() {
    const db = new Database(dbFile, { readonly: true });
    writeJsonl(readRows(db));
    db.close();
  },
  validate() {
    let tokens = 0;
    for (const line of fs.readFileSync(jsonlFile, 'utf8').split('\n')) if (line) tokens += encode(textOf(JSON.parse(line).messages)).length;
    if (tokens === 0) throw new Error('no tokens');
  },
};

stages[stage]();
