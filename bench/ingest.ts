// PDF extraction speed of our reader against a baseline loop calling pdf.js directly on the same
// files in the same run, and peak memory reading a 500-page PDF (in a child process of its own).
// Run: npx tsx bench/ingest.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatFromPath } from '../src/core/ingest/formats.js';
import { DEFAULT_INGEST_LIMITS } from '../src/core/ingest/limits.js';
import { readDocument } from '../src/core/ingest/read-document.js';
import { extractionOptions, loadPdfJs } from '../src/core/ingest/readers/pdfjs.js';
import { buildPdf } from '../tests/ingest/helpers/pdf-writer.js';
import { corpusFile } from '../tests/helpers/corpus.js';

const ROUNDS = 3;
const RSS_TARGET_MB = 400;
const RATIO_TARGET = 1.25;

async function ours(file: string): Promise<number> {
  const doc = await readDocument({ path: file, relPath: path.basename(file), bytes: statSync(file).size, format: formatFromPath(file) }, DEFAULT_INGEST_LIMITS);
  return doc.sections.length;
}

/** What anyone would write first: open, getTextContent per page, join the strings. */
async function baseline(file: string, data: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument(extractionOptions(new Uint8Array(data)));
  const pdf = await task.promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    page.cleanup();
  }
  await task.destroy();
  return text.length > 0 ? pdf.numPages : 0;
}

function syntheticPdf(pages: number): Uint8Array {
  const words = 'the quick brown fox jumps over a lazy dog while reading the employee handbook carefully'.split(' ');
  return buildPdf(Array.from({ length: pages }, (_, p) =>
    Array.from({ length: 45 }, (_, l) => Array.from({ length: 13 }, (_, w) => words[(p * 7 + l * 3 + w) % words.length]).join(' ') + '.'),
  ));
}

async function timeRounds(files: { file: string; data: Uint8Array; pages: number }[]): Promise<{ ours: number; baseline: number; pages: number }> {
  const totals = { ours: 0, baseline: 0, pages: 0 };
  await ours(files[0].file); // warm-up: module loading is not extraction
  await baseline(files[0].file, files[0].data);
  for (let round = 0; round < ROUNDS; round++) {
    for (const f of files) {
      // Alternate the order so neither side always runs on a warmer heap.
      const order = round % 2 === 0 ? (['ours', 'baseline'] as const) : (['baseline', 'ours'] as const);
      for (const who of order) {
        const start = performance.now();
        if (who === 'ours') await ours(f.file);
        else await baseline(f.file, f.data);
        totals[who] += performance.now() - start;
      }
      totals.pages += f.pages;
    }
  }
  return totals;
}

/**
 * Peak RSS is measured in a child running this file bundled (dependencies external), with plain
 * node: the way the built CLI runs. Under tsx, transforming pdf.js alone costs ~300 MB.
 */
async function bundleSelf(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = path.resolve('node_modules/.cache/ftdb-bench/ingest.mjs');
  await build({ entryPoints: [fileURLToPath(import.meta.url)], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'error' });
  return outfile;
}

function childPeakRss(bundle: string, file: string, mode: 'ours' | 'baseline'): number {
  const out = execFileSync(process.execPath, [bundle, `--rss-${mode}`, file], { encoding: 'utf8' });
  return Number(out.trim());
}

async function main(): Promise<void> {
  const rssMode = process.argv.find((a) => a.startsWith('--rss-'));
  if (rssMode) {
    const file = process.argv[process.argv.indexOf(rssMode) + 1];
    const { readFileSync } = await import('node:fs');
    const pages = rssMode === '--rss-ours' ? await ours(file) : await baseline(file, readFileSync(file));
    if (pages !== 500) throw new Error(`expected 500 pages, got ${pages}`);
    process.stdout.write(String(Math.round(process.resourceUsage().maxRSS / 1024)));
    return;
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ftdb-bench-'));
  try {
    const corpus = corpusFile('pdf');
    const { readFileSync } = await import('node:fs');
    const files: { file: string; data: Uint8Array; pages: number }[] = [];
    for (const name of readdirSync(corpus).sort()) {
      const file = path.join(corpus, name);
      const pages = await ours(file).catch(() => 0); // scans and the like have no pages to time
      if (pages > 0) files.push({ file, data: readFileSync(file), pages: await baseline(file, readFileSync(file)) });
    }
    const synthetic = path.join(tmp, 'synthetic-100.pdf');
    writeFileSync(synthetic, syntheticPdf(100));
    files.push({ file: synthetic, data: readFileSync(synthetic), pages: 100 });

    const t = await timeRounds(files);
    const oursPps = t.pages / (t.ours / 1000);
    const basePps = t.pages / (t.baseline / 1000);
    const ratio = t.ours / t.baseline;

    const big = path.join(tmp, 'synthetic-500.pdf');
    writeFileSync(big, syntheticPdf(500));
    const bundle = await bundleSelf();
    const rssOurs = childPeakRss(bundle, big, 'ours');
    const rssBase = childPeakRss(bundle, big, 'baseline');

    console.log(`PDF extraction, ${files.length} files (${files.reduce((n, f) => n + f.pages, 0)} pages) x ${ROUNDS} rounds`);
    console.log(`  ours:     ${oursPps.toFixed(1)} pages/s`);
    console.log(`  baseline: ${basePps.toFixed(1)} pages/s (pdf.js getTextContent loop)`);
    console.log(`  time ratio ours/baseline: ${ratio.toFixed(2)}x (target <= ${RATIO_TARGET}x) ${ratio <= RATIO_TARGET ? 'OK' : 'MISSED'}`);
    console.log(`Peak RSS reading a 500-page PDF (${(statSync(big).size / 1024 / 1024).toFixed(1)} MB), own process, bundled, plain node:`);
    console.log(`  ours:     ${rssOurs} MB (target < ${RSS_TARGET_MB} MB) ${rssOurs < RSS_TARGET_MB ? 'OK' : 'MISSED'}`);
    console.log(`  baseline: ${rssBase} MB`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
