// What the run has kept and why it dropped the rest: samples offered to the sink up to the target,
// drops by reason, over-generation (samples that passed every check after the target was met),
// judge scores, money spent, and the questions already asked per chunk (to steer away from).
import type { Budget } from '../../llm/budget.js';
import type { DropCounts, DropReason, GeneratedSample, GenerationSink } from './types.js';

const AVOID_PER_CHUNK = 20;

export class Acceptance {
  accepted = 0;
  /** Passed every check but arrived after the target was met: paid for and not needed. */
  surplus = 0;
  costUsd = 0;
  readonly dropped: DropCounts = {};
  /** Judge score -> samples given it (all judged samples, dropped ones included). */
  readonly scores: Record<string, number> = {};
  judgeFailures = 0;
  private pending = 0;
  private readonly avoid = new Map<string, string[]>();

  constructor(
    readonly target: number,
    private readonly sink: GenerationSink,
    private readonly budget: Budget | undefined,
    private readonly onAccepted: (question: string) => void,
  ) {}

  /** Samples still wanted (accepted and pending ones excluded). */
  remaining(): number {
    return this.target - this.accepted - this.pending;
  }

  avoidFor(chunkId: string): string[] {
    return this.avoid.get(chunkId) ?? [];
  }

  drop(reason: DropReason, count = 1): void {
    if (count > 0) this.dropped[reason] = (this.dropped[reason] ?? 0) + count;
  }

  spend(usd: number): void {
    this.costUsd += usd;
    this.budget?.record(usd);
  }

  scored(score: number): void {
    this.scores[score] = (this.scores[score] ?? 0) + 1;
  }

  /**
   * Hands the survivors of one call to the sink in one piece, as many as the target still wants (the
   * rest count as surplus); returns how many were stored. Progress is told once per call, not per sample.
   */
  async offerAll(samples: readonly GeneratedSample[]): Promise<number> {
    const offered = samples.slice(0, Math.max(0, this.remaining()));
    this.surplus += samples.length - offered.length;
    if (offered.length === 0) return 0;
    this.pending += offered.length;
    let stored: boolean[];
    try {
      stored = await this.sink.acceptAll(offered);
    } finally {
      this.pending -= offered.length;
    }
    const kept = offered.filter((_, i) => stored[i]);
    for (const sample of kept) {
      const question = sample.conversation.turns[0].content;
      this.avoid.set(sample.chunkId, [...this.avoidFor(sample.chunkId), question].slice(-AVOID_PER_CHUNK));
    }
    this.accepted += kept.length;
    if (kept.length > 0) this.onAccepted(kept[kept.length - 1].conversation.turns[0].content);
    return kept.length;
  }
}
