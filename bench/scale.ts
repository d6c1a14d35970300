// bench/scale: the built CLI at 10k, 100k and 300k samples, stage by stage (build in identify mode,
// stats, split, export, validate), each in its own child process under /usr/bin/time for wall time
// and peak RSS, against a bare baseline of the same work in the same run (bench/_scale-baseline.mjs:
// one-transaction better-sqlite3 inserts, JSON.stringify + write, a tokenizer encode loop).
// Input: GSM8K questions and answers from the test corpus, cut into sentences and recombined with
// numbers redrawn, as JSONL `messages` records in files of 5,000 lines.
// Goal: from the smallest to the largest size, time grows at most 1.5x faster than the work
// (time(300k)/time(10k) <= 1.5 * 30). Run: npx tsx bench/scale.ts [--sizes 10000,100000,300000] [--cli dist/cli.js]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { mulberry32 } from '../src/core/split/seeded-random.js';
import { corpusFile } from '../tests/helpers/corpus.js';

const STAGES = ['build', 'stats', 'split', 'export', 'validate'] as const;
type Stage = (typeof STAGES)[number];
const LINES_PER_FILE = 5_000;
const GROWTH_LIMIT = 1.5;
const root = path.resolve(import.meta.dirname, '..');
/** --cli FILE measures another build of the CLI (e.g. a copy of main's dist/ for before/after numbers). */
const cliAt = process.argv.indexOf('--cli');
const cli = cliAt >= 0 ? path.resolve(process.argv[cliAt + 1]) : path.join(root, 'dist', 'cli.js');
const baselineScript = path.join(import.meta.dirname, '_scale-baseline.mjs');

interface Measure {
  seconds: number;
  /** user + system CPU seconds: steadier than wall time on a shared machine. */
  cpu: number;
  peakMb: number;
}

function sizesFromArgs(): number[] {
  const at = process.argv.indexOf('--sizes');
  const raw = at >= 0 ? process.argv[at + 1] : '10000,100000,300000';
  const sizes = (raw ?? '').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--sizes takes whole numbers of samples (>= 100), e.g. 10000,100000; got "${raw}"`);
  return sizes;
}

function sentences(): { questions: string[]; answers: string[] } {
  const questions: string[] = [];
  const answers: string[] = [];
  const cut = (text: string) => text.split(/(?<=[.?!])\s+|\n/).filter((s) => s.length > 10);
  for (const line of fs.readFileSync(corpusFile('jsonl/gsm8k_test.jsonl'), 'utf8').trim().split('\n')) {
    const record = JSON.parse(line) as { question: string; answer: string };
    questions.push(...cut(record.question));
    answers.push(...cut(record.answer.replace(/<<[^>]*>>/g, '')));
  }
  return { questions, answers };
}

/** N distinct conversations (numbers redrawn), written as JSONL files of LINES_PER_FILE lines. */
function writeInput(dir: string, count: number): void {
  const { questions, answers } = sentences();
  const random = mulberry32(2026);
  const pick = (list: string[], n: number) =>
    Array.from({ length: n }, () => list[Math.floor(random() * list.length)]).join(' ').replace(/\d+/g, () => String(Math.floor(random() * 1000)));
  fs.mkdirSync(dir, { recursive: true });
  for (let file = 0; file * LINES_PER_FILE < count; file++) {
    const lines: string[] = [];
    for (let i = file * LINES_PER_FILE; i < Math.min(count, (file + 1) * LINES_PER_FILE); i++) {
      const messages = [
        { role: 'user', content: `${pick(questions, 2 + Math.floor(random() * 3))} (case ${i})` },
        { role: 'assistant', content: pick(answers, 2 + Math.floor(random() * 4)) },
      ];
      lines.push(JSON.stringify({ messages }));
    }
    fs.writeFileSync(path.join(dir, `part-${String(file).padStart(3, '0')}.jsonl`), `${lines.join('\n')}\n`);
  }
}

/** Runs a command under /usr/bin/time: wall seconds and peak RSS (MB) of the child. */
function timed(args: string[], cwd: string, allowedStatuses = [0]): Measure & { stdout: string } {
  const timeFile = path.join(cwd, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %M %U %S', process.execPath, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (!allowedStatuses.includes(result.status ?? -1)) throw new Error(`${args.join(' ')} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  const [seconds, kb, user, system] = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, cpu: user + system, peakMb: kb / 1024, stdout: result.stdout };
}

function ftdbArgs(stage: Stage, work: string, input: string): string[] {
  const db = ['--db', path.join(work, 'ftdb.db')];
  const out = ['--out', path.join(work, 'out')];
  switch (stage) {
    case 'build':
      return [cli, 'build', '--mode', 'identify', '--input', input, ...out, ...db, '--name', 'scale', '--split', '90/10', '--quiet', '--json'];
    case 'stats':
      return [cli, 'stats', 'scale', ...db, '--json'];
    case 'split':
      return [cli, 'split', 'scale', '--seed', '7', ...out, ...db, '--json'];
    case 'export':
      return [cli, 'export', 'scale', ...out, ...db, '--json'];
    case 'validate':
      return [cli, 'validate', path.join(work, 'out', 'scale', 'scale_train.jsonl'), '--provider', 'openai', '--model', 'gpt-4o-mini', '--json'];
  }
}

function measureSize(count: number): Record<Stage, { ours: Measure; bare: Measure }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `ftdb-bench-scale-${count}-`));
  try {
    const input = path.join(work, 'input');
    writeInput(input, count);
    const rows = {} as Record<Stage, { ours: Measure; bare: Measure }>;
    for (const stage of STAGES) {
      // `ftdb validate` exits 1 when it finds errors; the bench only needs it to run to the end.
      const ours = timed(ftdbArgs(stage, work, input), work, stage === 'validate' ? [0, 1] : [0]);
      // A build that kept fewer samples than asked would make every later number meaningless.
      const kept = stage === 'build' ? (JSON.parse(ours.stdout) as { samples?: number }).samples : count;
      if (kept !== count) throw new Error(`the build kept ${kept} of ${count} samples`);
      const bare = timed([baselineScript, stage, input, work], work);
      rows[stage] = { ours, bare };
      const show = (m: Measure) => `${m.seconds.toFixed(2).padStart(7)} s (cpu ${m.cpu.toFixed(1).padStart(6)}) ${m.peakMb.toFixed(0).padStart(5)} MB`;
      console.log(
        `${String(count).padStart(7)}  ${stage.padEnd(8)} ours ${show(ours)} | bare ${show(bare)}` +
          ` | ${(ours.seconds / bare.seconds).toFixed(2)}x time, ${(ours.cpu / bare.cpu).toFixed(2)}x cpu, ${(ours.peakMb / bare.peakMb).toFixed(2)}x RSS`,
      );
    }
    return rows;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` (npm run bench does).');
  const sizes = sizesFromArgs();
  console.log(`sizes: ${sizes.join(', ')} samples; each stage in a child process (wall time, peak RSS)`);
  const results = sizes.map((n) => ({ n, rows: measureSize(n) }));
  const first = results[0];
  const last = results[results.length - 1];
  if (results.length < 2) return;
  const work = last.n / first.n;
  console.log(`\ngrowth ${first.n} -> ${last.n} (work x${work.toFixed(0)}; goal: time growth <= ${GROWTH_LIMIT} x ${work.toFixed(0)} = ${(GROWTH_LIMIT * work).toFixed(0)})`);
  let missed = 0;
  for (const stage of STAGES) {
    const grow = (m: (r: { ours: Measure; bare: Measure }) => Measure, key: 'seconds' | 'cpu') => m(last.rows[stage])[key] / m(first.rows[stage])[key];
    const ours = grow((r) => r.ours, 'seconds');
    const ok = ours <= GROWTH_LIMIT * work;
    if (!ok) missed++;
    const cpu = `cpu x${grow((r) => r.ours, 'cpu').toFixed(1)}, bare cpu x${grow((r) => r.bare, 'cpu').toFixed(1)}`;
    console.log(`  ${stage.padEnd(8)} ours x${ours.toFixed(1)} (bare x${grow((r) => r.bare, 'seconds').toFixed(1)}; ${cpu}) ${ok ? 'ok' : 'MISSED'}`);
  }
  process.exitCode = missed ? 1 : 0;
}

main();
