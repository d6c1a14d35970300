// Which chunk is asked next: round-robin across files (chunk 1 of every file, then chunk 2 of every
// file...) so every source is covered evenly, repeated in passes until the target is met.
import { createHash } from 'node:crypto';
import type { Chunk } from '../../ingest/types.js';

export function roundRobinByFile(chunks: readonly Chunk[]): Chunk[] {
  const byFile = new Map<string, Chunk[]>();
  for (const chunk of chunks) {
    const list = byFile.get(chunk.file);
    if (list) list.push(chunk);
    else byFile.set(chunk.file, [chunk]);
  }
  const files = [...byFile.values()];
  const longest = Math.max(0, ...files.map((list) => list.length));
  const ordered: Chunk[] = [];
  for (let i = 0; i < longest; i++) for (const list of files) if (i < list.length) ordered.push(list[i]);
  return ordered;
}

/** The journal key of one call: hash(chunk id, prompt hash, provider:model, pass). */
export function jobKey(chunkId: string, promptHash: string, model: string, pass: number): string {
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
export function* planJobs(chunks: readonly Chunk[], promptHash: string, model: string): Generator<PlannedJob> {
  const ordered = roundRobinByFile(chunks);
  if (ordered.length === 0) return;
  for (let pass = 0; ; pass++) {
    for (const chunk of ordered) yield { chunk, pass, key: jobKey(chunk.id, promptHash, model, pass) };
  }
}
