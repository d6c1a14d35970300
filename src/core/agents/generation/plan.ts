// Which chunk is asked next: round-robin across files (chunk 1 of every file, then chunk 2 of every
// file...) so every source is covered evenly, repeated in passes until the target is met.
import { createHash } from 'node:crypto';
import type { Chunk } from '../../ingest/types.js';
import type { GenerationJournal } from './types.js';

/** Items interleaved by group (first of every group, then the second...), each group in its order. */
export function roundRobinBy<T>(items: readonly T[], groupOf: (item: T) => string): T[] {
  const byGroup = new Map<string, T[]>();
  for (const item of items) {
    const list = byGroup.get(groupOf(item));
    if (list) list.push(item);
    else byGroup.set(groupOf(item), [item]);
  }
  const files = [...byGroup.values()];
  const longest = Math.max(0, ...files.map((list) => list.length));
  const ordered: T[] = [];
  for (let i = 0; i < longest; i++) for (const list of files) if (i < list.length) ordered.push(list[i]);
  return ordered;
}

function roundRobinByFile(chunks: readonly Chunk[]): Chunk[] {
  return roundRobinBy(chunks, (chunk) => chunk.file);
}

/** Local servers (Ollama, llama.cpp, vLLM) get smaller batches: a small context and a slow model. */
const LOCAL_SAMPLES_PER_CALL = 2;

export function samplesPerCallFor(provider: string, configured: number): number {
  return provider === 'ollama' ? Math.min(configured, LOCAL_SAMPLES_PER_CALL) : configured;
}

/** The journal key of one call: hash(chunk id, prompt hash, provider:model, pass). */
function jobKey(chunkId: string, promptHash: string, model: string, pass: number): string {
  return createHash('sha256').update(`${chunkId}\n${promptHash}\n${model}\n${pass}`).digest('hex').slice(0, 32);
}

export interface PlannedJob {
  chunk: Chunk;
  pass: number;
  key: string;
}

/** Passes needed at the expected yield, doubled for drops and duplicates, plus one. */
export function defaultMaxPasses(target: number, chunkCount: number, samplesPerCall: number): number {
  if (chunkCount === 0) return 0;
  return 2 * Math.ceil(target / (chunkCount * samplesPerCall)) + 1;
}

/** Endless passes over the chunks; the caller decides when to stop (passes already journaled are skipped). */
function* planJobs(chunks: readonly Chunk[], promptHash: string, model: string): Generator<PlannedJob> {
  const ordered = roundRobinByFile(chunks);
  if (ordered.length === 0) return;
  for (let pass = 0; ; pass++) {
    for (const chunk of ordered) yield { chunk, pass, key: jobKey(chunk.id, promptHash, model, pass) };
  }
}

/** The jobs of one run: passes over the chunks, jobs journaled as done skipped, at most maxPasses new passes. */
export class JobPlan {
  private readonly jobs: Generator<PlannedJob>;
  private firstNewPass: number | undefined;
  private over = false;
  skipped = 0;

  constructor(
    chunks: readonly Chunk[],
    ids: { promptHash: string; model: string },
    private readonly journal: Pick<GenerationJournal, 'isDone'>,
    private readonly maxPasses: number,
    private readonly onSkip: (job: PlannedJob) => void,
  ) {
    this.jobs = planJobs(chunks, ids.promptHash, ids.model);
  }

  /** The next job to run, or undefined when the passes allowed are used up. */
  next(): PlannedJob | undefined {
    while (!this.over) {
      const job = this.jobs.next().value;
      if (!job) break;
      if (this.journal.isDone(job.key)) {
        this.skipped++;
        this.onSkip(job);
        continue;
      }
      const firstNewPass = (this.firstNewPass ??= job.pass);
      if (job.pass >= firstNewPass + this.maxPasses) break;
      return job;
    }
    this.over = true;
    return undefined;
  }
}
