// Identify throughput on a 5,000-file mixed corpus, as a ratio to the bare readers in the same run:
// every file is read (readDocument: sniff, parse, decode), then identifyConversations runs over the
// documents read. The ratio is pipeline throughput (read + identify) over reader throughput (read).
// The corpus is the repository's own fixtures (Markdown, text, CSV, PDF, DOCX, XLSX, PPTX, JSON)
// copied round-robin into a temporary folder until it holds 5,000 files.
// Run: npx tsx bench/identify.ts [files]
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { identifyConversations } from '../src/core/agents/identify.js';
import { formatFromPath } from '../src/core/ingest/formats.js';
import { DEFAULT_INGEST_LIMITS } from '../src/core/ingest/limits.js';
import { readDocument } from '../src/core/ingest/read-document.js';
import type { ExtractedDocument } from '../src/core/ingest/types.js';

const FILES = Number(process.argv[2] ?? 5000);
const ROUNDS = 3;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES = ['tests/fixtures/identify', 'tests/fixtures/ingest', 'tests/fixtures/identify-real/docs', 'tests/fixtures/identify-real/negatives'];
const READABLE = /\.(md|txt|csv|pdf|docx|xlsx|pptx|json|jsonl)$/;

function sourceFiles(): string[] {
  return SOURCES.flatMap((dir) => {
    const full = path.join(root, dir);
    try {
      return readdirSync(full).filter((f) => READABLE.test(f)).map((f) => path.join(full, f));
    } catch {
      return []; // a folder this checkout does not have yet
    }
  }).sort();
}

function buildCorpus(dir: string): string[] {
  const sources = sourceFiles();
  return Array.from({ length: FILES }, (_, i) => {
    const source = sources[i % sources.length];
    const target = path.join(dir, `${String(i).padStart(5, '0')}-${path.basename(source)}`);
    copyFileSync(source, target);
    return target;
  });
}

async function readAll(files: string[]): Promise<ExtractedDocument[]> {
  const docs: ExtractedDocument[] = [];
  for (const file of files) {
    const input = { path: file, relPath: path.basename(file), bytes: statSync(file).size, format: formatFromPath(file) };
    docs.push(await readDocument(input, DEFAULT_INGEST_LIMITS).catch(() => emptyDoc(file)));
  }
  return docs;
}

function emptyDoc(file: string): ExtractedDocument {
  return { file, format: 'text', sections: [], tables: [], conversations: [], warnings: [] };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-identify-'));
  try {
    const files = buildCorpus(dir);
    await readAll(files.slice(0, 50)); // warm-up: module loading is not reading
    const reads: number[] = [];
    const identifies: number[] = [];
    let found = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const t0 = performance.now();
      const docs = await readAll(files);
      const t1 = performance.now();
      found = identifyConversations(docs, { minTurns: 1 }).length;
      const t2 = performance.now();
      reads.push(t1 - t0);
      identifies.push(t2 - t1);
    }
    const read = median(reads);
    const identify = median(identifies);
    const ratio = read / (read + identify);
    console.log(`corpus: ${files.length} files (${sourceFiles().length} distinct fixtures), ${found} conversations found`);
    console.log(`read (bare readers): ${(read / 1000).toFixed(2)} s  = ${((files.length * 1000) / read).toFixed(0)} files/s (median of ${ROUNDS})`);
    console.log(`identify on top:     ${(identify / 1000).toFixed(2)} s  (${((identify / read) * 100).toFixed(1)}% of read time)`);
    console.log(`throughput ratio read+identify / read: ${ratio.toFixed(3)}x`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
