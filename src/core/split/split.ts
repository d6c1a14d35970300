// Train/validation split: uniform random or weighted by source / topic keyword, reproducible by
// seed, with near-duplicates kept on one side. Pure: no I/O; the pipeline persists the result.
//
// Order of work: (1) items sorted by id, so input order never matters; (2) near-duplicate groups
// (normalized text, word-shingle Jaccard >= threshold); (3) train quotas: one group for random,
// one per source or topic for weighted, every group of 2+ on both sides (quotas.ts); (4) each
// group shuffled with the seeded generator and cut at its quota; (5) near-duplicate groups pulled
// to one side, compensated inside their weighting group (leakage.ts); (6) the train count
// restored to the sum of the quotas (rebalance.ts, which states the exact guarantee).

import { ConfigError } from '../errors.js';
import { SPLIT_STRATEGIES, SPLIT_WEIGHTINGS, type SplitStrategy, type WeightBy } from '../choices.js';
import { runSteps, runStepsInSlices } from '../steps.js';
import { conversationText } from '../text/conversation-text.js';
import { DEFAULT_NEAR_DUPLICATE_THRESHOLD, type DuplicateSearchProgress, nearDuplicateGroupSteps } from '../text/near-duplicates.js';
import type { LongWork, Sample } from '../types.js';
import { Assignment, TRAIN, VALIDATION } from './assignment.js';
import { type SplitReport, distributionOf } from './distribution.js';
import { groupKeysOf } from './grouping.js';
import { keepNearDuplicatesTogether } from './leakage.js';
import { trainQuotas, trainTarget } from './quotas.js';
import { balanceToTarget } from './rebalance.js';
import { mulberry32, shuffleInPlace } from './seeded-random.js';

export interface SplitItem {
  id: string;
  /** The text compared for near duplicates (see splitItemOf). */
  text: string;
  source: string;
  keywords: string[];
}

export interface SplitOptions {
  /** Train share, strictly between 0 and 1 (0.9 for 90/10). */
  ratio: number;
  strategy: SplitStrategy;
  /** Only used by the weighted strategy. */
  weightBy: WeightBy;
  seed: number;
  /** Jaccard of word 3-shingles at or above which two samples are near duplicates (default 0.8). */
  nearDuplicateThreshold?: number;
}

export interface SplitResult {
  assignments: Map<string, 'train' | 'validation'>;
  report: SplitReport;
  /** The near-duplicate groups kept together (ids), e.g. to warn when a manual move splits one. */
  nearDuplicateGroups: string[][];
  /** Weighted by keywords only: the keyword each sample (id) was grouped by. */
  topics?: Map<string, string>;
}

/**
 * The conversation text that decides near duplicates: the turns only. A system prompt shared by
 * every sample would make short samples look alike.
 */
export function splitItemOf(sample: Sample): SplitItem {
  return {
    id: sample.id,
    text: conversationText(sample.conversation),
    source: sample.source.file,
    keywords: sample.keywords,
  };
}

/** What a split in progress reports: the near-duplicate search (by far the longest), then the rest. */
export type SplitProgress = DuplicateSearchProgress | { phase: 'assign'; done: number; total: number };

export function splitSamples(items: readonly SplitItem[], options: SplitOptions): SplitResult {
  return runSteps(splitSteps(items, options));
}

/**
 * splitSamples without blocking an event loop for long: the same work in slices, progress between
 * them, stopped by `work.signal` (CancelledError). Same result as splitSamples for the same input.
 */
export function splitSamplesInSlices(items: readonly SplitItem[], options: SplitOptions, work?: LongWork<SplitProgress>): Promise<SplitResult> {
  return runStepsInSlices(splitSteps(items, options), work);
}

function* splitSteps(items: readonly SplitItem[], options: SplitOptions): Generator<SplitProgress, SplitResult> {
  validateOptions(options);
  const threshold = options.nearDuplicateThreshold ?? DEFAULT_NEAR_DUPLICATE_THRESHOLD;
  const sorted = sortedById(items);
  const assigning = (done: number): SplitProgress => ({ phase: 'assign', done, total: 2 });
  yield { phase: 'shingles', done: 0, total: sorted.length };
  const leakageGroups = yield* nearDuplicateGroupSteps(
    sorted.map((item) => item.text),
    { threshold },
  );
  yield assigning(0);
  const weighted = options.strategy === 'weighted';
  const byTopic = weighted && options.weightBy === 'keywords';
  const groupKeys = weighted ? groupKeysOf(sorted, options.weightBy) : sorted.map(() => '');
  const { keys, members, groupOf } = groupBy(groupKeys);
  const sizes = members.map((group) => group.length);
  const quotas = trainQuotas(sizes, options.ratio, trainTarget(sorted.length, options.ratio));
  const target = quotas.total;
  yield assigning(1);

  const inLeakageGroup = new Uint8Array(sorted.length);
  for (const group of leakageGroups) for (const item of group) inLeakageGroup[item] = 1;
  const assignment = new Assignment(groupOf, keys.length, (item) => inLeakageGroup[item] === 0);
  const random = mulberry32(options.seed);
  members.forEach((group, g) => {
    shuffleInPlace([...group], random).forEach((item, rank) =>
      assignment.place(item, rank < quotas.train[g] ? TRAIN : VALIDATION),
    );
  });
  const leakage = keepNearDuplicatesTogether(assignment, leakageGroups, random);
  const rebalanced = balanceToTarget(assignment, target, sizes, leakageGroups);

  const assignments = new Map<string, 'train' | 'validation'>();
  sorted.forEach((item, i) => assignments.set(item.id, assignment.sideOf(i) === TRAIN ? 'train' : 'validation'));
  const oneSided = (g: number) =>
    sizes[g] >= 2 && (assignment.countIn(TRAIN, g) === 0 || assignment.countIn(VALIDATION, g) === 0);
  const report: SplitReport = {
    total: sorted.length,
    train: assignment.totals[TRAIN],
    validation: assignment.totals[VALIDATION],
    ratio: options.ratio,
    targetTrain: target,
    strategy: options.strategy,
    weightBy: options.weightBy,
    seed: options.seed,
    ...distributionOf(byTopic ? sorted.map((item, i) => ({ ...item, topic: groupKeys[i] })) : sorted, assignments),
    smallGroups: weighted ? keys.filter((_, g) => sizes[g] === 1) : [],
    oneSidedGroups: weighted ? keys.filter((_, g) => oneSided(g)) : [],
    leakage: {
      threshold,
      groups: leakageGroups.length,
      samplesInGroups: leakageGroups.reduce((sum, group) => sum + group.length, 0),
      movedSamples: leakage.moved,
      rebalancedSamples: leakage.compensated + rebalanced,
    },
  };
  const nearDuplicateGroups = leakageGroups.map((group) => group.map((item) => sorted[item].id));
  const topics = byTopic ? new Map(sorted.map((item, i) => [item.id, groupKeys[i]])) : undefined;
  return { assignments, report, nearDuplicateGroups, topics };
}

function validateOptions(options: SplitOptions): void {
  if (!(options.ratio > 0 && options.ratio < 1)) {
    throw new ConfigError(
      `Split ratio must be between 0 and 1 (exclusive), got ${options.ratio}.`,
      'Use e.g. 0.9 for 90/10, 0.8 for 80/20, or --split none to skip the split.',
    );
  }
  if (!SPLIT_STRATEGIES.includes(options.strategy)) {
    throw new ConfigError(`Unknown split strategy "${options.strategy}".`, 'Use random or weighted.');
  }
  if (!SPLIT_WEIGHTINGS.includes(options.weightBy)) {
    throw new ConfigError(`Unknown split weighting "${options.weightBy}".`, 'Use source or keywords.');
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new ConfigError(`Split seed must be an integer, got ${options.seed}.`, 'Use e.g. --seed 42.');
  }
  const threshold = options.nearDuplicateThreshold;
  if (threshold !== undefined && !(threshold > 0 && threshold <= 1)) {
    throw new ConfigError(
      `Near-duplicate threshold must be above 0 and at most 1, got ${threshold}.`,
      'Use e.g. 0.8 (80% of word 3-grams shared).',
    );
  }
}

function sortedById(items: readonly SplitItem[]): SplitItem[] {
  const sorted = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].id === sorted[i - 1].id) throw new Error(`Duplicate sample id "${sorted[i].id}" given to the split.`);
  }
  return sorted;
}

/** Groups in key order; members of each group in item order (`keyOfItem[i]` is item i's group). */
function groupBy(keyOfItem: readonly string[]) {
  const byKey = new Map<string, number[]>();
  keyOfItem.forEach((key, i) => {
    const group = byKey.get(key);
    if (group) group.push(i);
    else byKey.set(key, [i]);
  });
  const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const members = keys.map((key) => byKey.get(key) as number[]);
  const groupOf = new Int32Array(keyOfItem.length);
  members.forEach((group, g) => group.forEach((item) => (groupOf[item] = g)));
  return { keys, members, groupOf };
}
