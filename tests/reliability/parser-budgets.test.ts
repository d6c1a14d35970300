// Every parser runs in a worker thread with the per-file budgets enforced from outside it: a
// synchronous parser (csv-parse on 60 MB of real TruthfulQA rows: ~6 s in-process) is stopped at its
// time budget, a parser that needs more heap than its memory budget (GSM8K lines repeated into a
// 30 MB JSONL, JSON.parse per line, 32 MB heap) is stopped by V8, and each is skipped with its limit named while
// the next file, a real CSV, is still read by a fresh worker.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles, listInputFiles } from '../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/core/ingest/limits.js';
import type { IngestEvent } from '../../src/core/ingest/types.js';
import { REPO_ROOT } from '../helpers/build-cli.js';
import { tempDir } from '../helpers/tmp.js';

const CORPUS = path.join(REPO_ROOT, 'tests/fixtures/corpus');
const MB = 1000 * 1000;
/** Short enough to stop the 60 MB CSV, long enough for a fresh worker to load the CSV reader. */
const BUDGET_MS = 2000;

/** The file's lines after the first `keep`, repeated after them until the text reaches the target size. */
function grown(source: string, keep: number, bytes: number): string {
  const lines = fs.readFileSync(path.join(CORPUS, source), 'utf8').trimEnd().split('\n');
  const body = `${lines.slice(keep).join('\n')}\n`;
  let text = lines.slice(0, keep).map((line) => `${line}\n`).join('');
  while (text.length < bytes) text += body;
  return text;
}

function folderWith(big: [string, string]): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, big[0]), big[1]);
  fs.copyFileSync(path.join(CORPUS, 'csv/sheetjs_Attendance.csv'), path.join(dir, 'z-attendance.csv'));
  return dir;
}

async function ingestTimed(dir: string, limits: typeof DEFAULT_INGEST_LIMITS) {
  const events: IngestEvent[] = [];
  const started = new Map<string, number>();
  const ms = new Map<string, number>();
  const result = await ingestFiles(await listInputFiles(dir), {
    limits,
    onProgress: (e) => {
      if (e.type === 'file-start') started.set(e.file, performance.now());
      else ms.set(e.file, performance.now() - started.get(e.file)!);
      events.push(e);
    },
  });
  return { result, ms };
}

describe('per-parser budgets', () => {
  it('stops a synchronous parser at its time budget and reads the next file', async () => {
    const dir = folderWith(['truthfulqa-big.csv', grown('csv/TruthfulQA.csv', 1, 60 * MB)]);
    const { result, ms } = await ingestTimed(dir, { ...DEFAULT_INGEST_LIMITS, fileTimeoutMs: BUDGET_MS });
    expect(result.skipped).toEqual([expect.objectContaining({ file: 'truthfulqa-big.csv', kind: 'timeout', reason: expect.stringContaining('2 s budget') })]);
    console.log(`timed-out CSV gave up after ${Math.round(ms.get('truthfulqa-big.csv')!)} ms (budget ${BUDGET_MS} ms)`);
    // The worker's start-up is outside the budget; reading the file and stopping its thread are inside.
    expect(ms.get('truthfulqa-big.csv')).toBeLessThan(BUDGET_MS + 2000);
    expect(result.documents.map((d) => d.file)).toEqual(['z-attendance.csv']);
    expect(result.documents[0].sections[0].text).toContain('Berlinda Fong');
  }, 60_000);

  it('stops a parser past its memory budget and reads the next file', async () => {
    // A 32 MB heap for 30 MB of lines: Node 24's V8 parses them within 64 MB, Node 22's does not.
    const dir = folderWith(['gsm8k-big.jsonl', grown('jsonl/gsm8k_test.jsonl', 0, 30 * MB)]);
    const { result } = await ingestTimed(dir, { ...DEFAULT_INGEST_LIMITS, parserMemoryMb: 32 });
    expect(result.skipped).toEqual([
      expect.objectContaining({ file: 'gsm8k-big.jsonl', kind: 'too_much_memory', reason: expect.stringContaining('32 MB memory budget'), hint: expect.stringContaining('parser_memory_mb') }),
    ]);
    expect(result.documents.map((d) => d.file)).toEqual(['z-attendance.csv']);
  }, 60_000);

  it('reads the same big JSONL whole under the default budget', async () => {
    const dir = folderWith(['gsm8k-big.jsonl', grown('jsonl/gsm8k_test.jsonl', 0, 30 * MB)]);
    const { result } = await ingestTimed(dir, DEFAULT_INGEST_LIMITS);
    expect(result.skipped).toEqual([]);
    const conversations = result.documents.find((d) => d.file === 'gsm8k-big.jsonl')?.conversations.length ?? 0;
    expect(conversations % 1319).toBe(0);
    expect(conversations).toBeGreaterThan(1319 * 30);
  }, 120_000);
});
