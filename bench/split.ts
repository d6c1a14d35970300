// bench/split: splitSamples (near-duplicate leakage check included) at 10k, 25k, 50k and 100k
// samples, against a baseline measured in the same run: a plain seeded shuffle + slice of the same
// items into a Map. Run: npx tsx bench/split.ts. Budget: 100k samples in under 5 s.
//
// Samples are real prose: GSM8K questions and answers from the test corpus, cut into sentences
// and recombined (2-8 sentences each, numbers redrawn). At 100k every sentence recurs in ~50
// samples, so many pairs share shingles without being duplicates: harder for the duplicate search
// than typical data, and increasingly so as the dataset grows (the sentence pool is fixed).
// 4% of samples are edited copies of earlier ones (one word changed or a sentence added) and 1%
// exact copies; 400 source files and 150 topic keywords with skewed (Zipf-like) sizes.
// Last, the 100k split as the menu runs it (splitSamplesInSlices) against the synchronous one, with
// the longest wait a 5 ms timer saw (what Ink's renders and keys would wait).
import fs from 'node:fs';
import { mulberry32, shuffleInPlace } from '../src/core/split/seeded-random.js';
import { type SplitItem, type SplitOptions, splitSamples, splitSamplesInSlices } from '../src/core/split/split.js';
import { nearDuplicateIndexGroups } from '../src/core/text/near-duplicates.js';
import { corpusFile } from '../tests/helpers/corpus.js';

const SIZES = [10_000, 25_000, 50_000, 100_000];
const BUDGET_MS = 5_000;

function sentencesFromCorpus(): string[] {
  const file = corpusFile('jsonl/gsm8k_test.jsonl');
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => {
      const record = JSON.parse(line) as { question: string; answer: string };
      return `${record.question}\n${record.answer}`.split(/(?<=[.?!])\s+|\n/);
    })
    .filter((sentence) => sentence.length > 10);
}

function makeDataset(count: number): SplitItem[] {
  const sentences = sentencesFromCorpus();
  const random = mulberry32(2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const skewed = (n: number) => Math.floor(n * random() ** 2.5);
  const items: SplitItem[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    let text: string;
    if (i > 100 && roll < 0.01) text = items[Math.floor(random() * i)].text;
    else if (i > 100 && roll < 0.05) {
      const original = items[Math.floor(random() * i)].text;
      text = random() < 0.5 ? `${original} ${pick(sentences)}` : original.replace(/\b\w{4,}\b/, 'something');
    } else {
      const parts = Array.from({ length: 2 + Math.floor(random() * 7) }, () => pick(sentences));
      text = parts.join(' ').replace(/\d+/g, () => String(Math.floor(random() * 200)));
    }
    items.push({
      id: `sample-${(i * 7919) % count}-${i}`,
      text,
      source: `docs/file-${skewed(400)}.pdf`,
      keywords: Array.from({ length: 1 + Math.floor(random() * 3) }, () => `topic-${skewed(150)}`),
    });
  }
  return items;
}

function baselineSplit(items: readonly SplitItem[], ratio: number, seed: number): Map<string, string> {
  const shuffled = shuffleInPlace([...items], mulberry32(seed));
  const cut = Math.round(items.length * ratio);
  const assignments = new Map<string, string>();
  shuffled.forEach((item, i) => assignments.set(item.id, i < cut ? 'train' : 'validation'));
  return assignments;
}

interface Timing {
  wall: number;
  cpu: number;
}

/**
 * Best wall and CPU time per contender over `rounds`, contenders taking turns within each round
 * so that a busy shared machine slows them alike. CPU time shows the cost without the waiting.
 */
function bestOfInTurns(rounds: number, contenders: Record<string, () => unknown>): Record<string, Timing> {
  const best: Record<string, Timing> = {};
  for (let round = 0; round < rounds; round++) {
    for (const [name, run] of Object.entries(contenders)) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      run();
      const wall = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore).user / 1000;
      best[name] = { wall: Math.min(best[name]?.wall ?? Infinity, wall), cpu: Math.min(best[name]?.cpu ?? Infinity, cpu) };
    }
  }
  return best;
}

const all = makeDataset(SIZES[SIZES.length - 1]);
const options = (strategy: SplitOptions['strategy']): SplitOptions => ({ ratio: 0.9, strategy, weightBy: 'source', seed: 42 });
splitSamples(all.slice(0, 5_000), options('weighted')); // warm-up (JIT)

const rows: { size: number; baseline: Timing; random: Timing; weighted: Timing; groups: number; moved: number }[] = [];
for (const size of SIZES) {
  const items = all.slice(0, size);
  const times = bestOfInTurns(size < 100_000 ? 3 : 2, {
    baseline: () => baselineSplit(items, 0.9, 42),
    random: () => splitSamples(items, options('random')),
    weighted: () => splitSamples(items, options('weighted')),
  });
  const { report } = splitSamples(items, options('weighted'));
  rows.push({ size, ...times, groups: report.leakage.groups, moved: report.leakage.movedSamples } as (typeof rows)[number]);
}
const texts = all.map((item) => item.text);
const { dedup } = bestOfInTurns(1, { dedup: () => nearDuplicateIndexGroups(texts) });

const ms = (value: number) => `${value.toFixed(0)} ms`;
const first = rows[0];
console.log(
  'samples | baseline | random split | weighted split (CPU) | weighted/baseline | growth vs 10k: wall, CPU (samples) | dup groups | moved',
);
for (const row of rows) {
  const growth = `${(row.weighted.wall / first.weighted.wall).toFixed(1)}x, ${(row.weighted.cpu / first.weighted.cpu).toFixed(1)}x (${row.size / first.size}x)`;
  console.log(
    [
      String(row.size).padEnd(7),
      ms(row.baseline.wall).padStart(8),
      ms(row.random.wall).padStart(12),
      `${ms(row.weighted.wall)} (${ms(row.weighted.cpu)})`.padStart(20),
      `${(row.weighted.wall / row.baseline.wall).toFixed(0)}x`.padStart(17),
      growth.padStart(34),
      String(row.groups).padStart(10),
      String(row.moved).padStart(5),
    ].join(' | '),
  );
}
const last = rows[rows.length - 1];
console.log(`near-duplicate search alone at ${last.size}: ${ms(dedup.wall)} wall, ${ms(dedup.cpu)} CPU`);

/** The menu's way (issue 18): in slices, with a 5 ms timer standing in for Ink's renders and keys. */
async function slicedRun(items: readonly SplitItem[], splitOptions: SplitOptions): Promise<{ wall: number; longestGap: number }> {
  let longestGap = 0;
  let previous = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - previous);
    previous = now;
  }, 5);
  const started = performance.now();
  await splitSamplesInSlices(items, splitOptions);
  const wall = performance.now() - started;
  clearInterval(timer);
  return { wall, longestGap };
}
for (const weightBy of ['source', 'keywords'] as const) {
  const syncOptions = { ...options('weighted'), weightBy };
  const sync = bestOfInTurns(1, { run: () => splitSamples(all, syncOptions) }).run;
  const sliced = await slicedRun(all, syncOptions);
  console.log(
    `${all.length} weighted by ${weightBy}: synchronous ${ms(sync.wall)}, in slices ${ms(sliced.wall)} ` +
      `(${(sliced.wall / sync.wall).toFixed(2)}x), longest event-loop wait ${ms(sliced.longestGap)}`,
  );
}
const worst = Math.max(last.random.wall, last.weighted.wall);
console.log(`${last.size} samples: ${ms(worst)} of the ${ms(BUDGET_MS)} budget ${worst < BUDGET_MS ? '✔' : '✘'}`);
if (worst >= BUDGET_MS) process.exitCode = 1;
