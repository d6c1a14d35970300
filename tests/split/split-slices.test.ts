// Splitting off the render path (issue 18): splitSamplesInSlices gives the event loop a turn at
// least every few tens of milliseconds, reports progress and gives the same result as splitSamples.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CancelledError } from '../../src/core/errors.js';
import { type SplitItem, type SplitProgress, splitSamples, splitSamplesInSlices } from '../../src/core/split/split.js';
import { mulberry32 } from '../../src/core/split/seeded-random.js';

/** Real prose: MT-Bench prompts cut into sentences, recombined 2-6 at a time with numbers redrawn. */
function dataset(count: number): SplitItem[] {
  const file = path.resolve(process.cwd(), 'tests/fixtures/split/mt_bench_question.jsonl');
  const sentences = fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => (JSON.parse(line) as { turns: string[] }).turns.join(' ').split(/(?<=[.?!])\s+/))
    .filter((sentence) => sentence.length > 10);
  const random = mulberry32(18);
  return Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    text: Array.from({ length: 2 + Math.floor(random() * 5) }, () => sentences[Math.floor(random() * sentences.length)]).join(' ') + ` ${i}`,
    source: `file-${Math.floor(random() ** 2 * 40)}.md`,
    keywords: [`topic-${Math.floor(random() * 30)}`, `topic-${Math.floor(random() * 30)}`],
  }));
}

describe('splitSamplesInSlices', () => {
  const items = dataset(15_000);
  const options = { ratio: 0.9, strategy: 'weighted' as const, weightBy: 'keywords' as const, seed: 5 };

  it('lets timers run while it works, reports progress, and matches the synchronous split', async () => {
    const progress: SplitProgress[] = [];
    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    const sliced = await splitSamplesInSlices(items, options, { onProgress: (p) => progress.push(p) });
    const elapsed = performance.now() - started;
    clearInterval(timer);
    const whole = splitSamples(items, options);
    expect([...sliced.assignments]).toEqual([...whole.assignments]);
    expect(sliced.report).toEqual(whole.report);
    expect(progress.some((p) => p.phase === 'compare')).toBe(true);
    // The timer ran throughout; a synchronous split would give it one turn at the end.
    expect(ticks).toBeGreaterThan(elapsed / 100);
    // One slice is ~16 ms; the unsliced steps (sorting, rarity keys, index build) are a few tens of ms
    // at this size. A generous bound for a loaded 2-core machine, far below the whole split.
    expect(longestGap).toBeLessThan(Math.max(250, elapsed / 3));
  });

  it('stops with CancelledError when its signal aborts', async () => {
    const controller = new AbortController();
    const running = splitSamplesInSlices(items, options, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(running).rejects.toBeInstanceOf(CancelledError);
  });
});
