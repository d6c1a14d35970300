// Scores identify mode on a folder of third-party documents with pairs written by hand in its
// expected.json (tests/fixtures/identify-real, the set the detectors were tuned on, by default; or the
// held-out tests/fixtures/identify-heldout): each file goes through the real readers and the detectors,
// and every user→assistant exchange found is compared with the expected pairs after collapsing whitespace.
import fs from 'node:fs';
import path from 'node:path';
import { identifyConversations } from '../../src/core/agents/identify.js';
import { formatFromPath } from '../../src/core/ingest/formats.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import { readDocument } from '../../src/core/ingest/read-document.js';

export const REAL_DIR = path.resolve(import.meta.dirname, '../fixtures/identify-real');
export const HELDOUT_DIR = path.resolve(import.meta.dirname, '../fixtures/identify-heldout');

export interface FileScore {
  file: string;
  expected: number;
  found: number;
  matched: number;
  missed: { q: string; a: string }[];
  extra: { q: string; a: string }[];
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
const key = (q: string, a: string): string => `${collapse(q)}\u0000${collapse(a)}`;

export function expectedPairs(dir = REAL_DIR): Record<string, { q: string; a: string }[]> {
  return JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')).files;
}

export async function scoreFile(file: string, expected: { q: string; a: string }[], dir = REAL_DIR): Promise<FileScore> {
  const full = path.join(dir, file);
  const input = { path: full, relPath: file, bytes: fs.statSync(full).size, format: formatFromPath(full) };
  const doc = await readDocument(input, DEFAULT_INGEST_LIMITS);
  const found = identifyConversations([doc], { minTurns: 1 }).flatMap(({ conversation: { turns } }) =>
    turns.flatMap((t, i) => (t.role === 'user' && turns[i + 1]?.role === 'assistant' ? [{ q: t.content, a: turns[i + 1].content }] : [])),
  );
  const wanted = new Set(expected.map((p) => key(p.q, p.a)));
  const got = new Set(found.map((p) => key(p.q, p.a)));
  return {
    file,
    expected: expected.length,
    found: found.length,
    matched: found.filter((p) => wanted.has(key(p.q, p.a))).length,
    missed: expected.filter((p) => !got.has(key(p.q, p.a))),
    extra: found.filter((p) => !wanted.has(key(p.q, p.a))),
  };
}

export async function scoreAll(dir = REAL_DIR): Promise<{ files: FileScore[]; recall: number; precision: number }> {
  const files: FileScore[] = [];
  for (const [file, pairs] of Object.entries(expectedPairs(dir))) files.push(await scoreFile(file, pairs, dir));
  const sum = (pick: (s: FileScore) => number) => files.reduce((n, s) => n + pick(s), 0);
  return { files, recall: sum((s) => s.matched) / sum((s) => s.expected), precision: sum((s) => s.matched) / Math.max(1, sum((s) => s.found)) };
}

function formatScores(result: Awaited<ReturnType<typeof scoreAll>>): string {
  const rows = result.files.map((s) => `${s.file}: ${s.matched}/${s.expected} expected found, ${s.found} detected`);
  return [...rows, `recall ${result.recall.toFixed(3)}, precision ${result.precision.toFixed(3)}`].join('\n');
}

/** Prints the scores and, per file, the pairs missed and the extra ones (the test log explains a failure). */
export function logScores(result: Awaited<ReturnType<typeof scoreAll>>): void {
  console.log(formatScores(result));
  for (const s of result.files) if (s.missed.length || s.extra.length) console.log(s.file, { missed: s.missed.map((p) => p.q), extra: s.extra.map((p) => p.q) });
}
