// What running every parser in a worker thread costs: ingestFiles (one reusable worker per call, its
// start-up included, a message round trip and a structured clone per file) against the in-process
// loop main ran before (readDocument per file), on the same small corpus files in the same run.
// Each pass runs cold in a child process of its own (one build is one process: module loading is
// part of it), bundled under plain node as the built CLI runs (under tsx a worker also registers tsx).
// Run: npx tsx bench/parser-worker.ts   (COPIES=4 repeats the corpus to show per-file costs)
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles, type InputFile } from '../src/core/ingest/folder.js';
import { formatFromPath } from '../src/core/ingest/formats.js';
import { DEFAULT_INGEST_LIMITS } from '../src/core/ingest/limits.js';
import { readDocument } from '../src/core/ingest/read-document.js';

const ROUNDS = 4;
/** The corpus repeated, so per-file costs show next to the fixed ones (worker start, module loading). */
const COPIES = Number(process.env.COPIES ?? 1);
const FORMATS = ['csv', 'jsonl', 'text', 'docx', 'xlsx', 'pptx', 'pdf'];
const RATIO_TARGET = 1.25;

function corpusFiles(root: string): InputFile[] {
  return FORMATS.flatMap((dir) =>
    readdirSync(path.join(root, dir)).sort().map((name) => {
      const file = path.join(root, dir, name);
      return { path: file, relPath: `${dir}/${name}`, bytes: statSync(file).size, format: formatFromPath(file) };
    }),
  );
}

async function inProcess(files: InputFile[]): Promise<number> {
  let read = 0;
  for (const file of files) read += await readDocument(file, DEFAULT_INGEST_LIMITS).then(() => 1, () => 0);
  return read;
}

async function inWorker(files: InputFile[]): Promise<number> {
  return (await ingestFiles(files, { limits: DEFAULT_INGEST_LIMITS })).documents.length;
}

/** One cold pass in this process (a fresh child per pass, as one build is one process): ms and files read. */
async function pass(who: string, root: string): Promise<void> {
  const files = Array.from({ length: COPIES }, () => corpusFiles(root)).flat();
  const started = performance.now();
  const read = await (who === 'in-process' ? inProcess(files) : inWorker(files));
  process.stdout.write(JSON.stringify({ ms: performance.now() - started, read, files: files.length }));
}

function report(bundle: string, root: string): void {
  const totals = { 'in-process': 0, worker: 0 };
  let last = { ms: 0, read: 0, files: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? (['in-process', 'worker'] as const) : (['worker', 'in-process'] as const);
    for (const who of order) {
      last = JSON.parse(execFileSync(process.execPath, [bundle, '--pass', who, root], { encoding: 'utf8' }));
      totals[who] += last.ms;
    }
  }
  const ratio = totals.worker / totals['in-process'];
  console.log(`${last.files} corpus files (${last.read} readable), one cold pass per child process, ${ROUNDS} rounds, bundled, plain node`);
  console.log(`  in-process readDocument loop (before): ${(totals['in-process'] / ROUNDS).toFixed(0)} ms per pass`);
  console.log(`  ingestFiles via the parser worker (after): ${(totals.worker / ROUNDS).toFixed(0)} ms per pass`);
  console.log(`  time ratio after/before: ${ratio.toFixed(2)}x (target <= ${RATIO_TARGET}x) ${ratio <= RATIO_TARGET ? 'OK' : 'MISSED'}`);
}

/** This file and the worker bundled side by side, so pool.ts finds ./parse-worker.js next to it. */
async function bundleSelf(): Promise<string> {
  const { build } = await import('esbuild');
  const outdir = path.resolve('node_modules/.cache/ftdb-bench-parser-worker');
  const entryPoints = { bench: fileURLToPath(import.meta.url), 'parse-worker': path.resolve('src/core/ingest/parse-worker/worker.ts') };
  await build({ entryPoints, outdir, bundle: true, format: 'esm', platform: 'node', target: 'node22', packages: 'external', logLevel: 'error' });
  return path.join(outdir, 'bench.js');
}

const at = process.argv.indexOf('--pass');
if (at !== -1) await pass(process.argv[at + 1], process.argv[at + 2]);
else report(await bundleSelf(), path.resolve('tests/fixtures/corpus'));
