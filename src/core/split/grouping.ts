// What "weighted by source" and "weighted by keyword" group samples by. The same keys are used
// by the split and by the distribution report, so the report shows the groups the split balanced.

import type { WeightBy } from '../choices.js';
import { chooseTopics, topicCandidates } from './topics.js';

const UNKNOWN_SOURCE = '(unknown source)';

export interface GroupableItem {
  source: string;
  keywords: readonly string[];
  /** The keyword a weighted-by-keywords split grouped this sample by (see topics.ts), if any. */
  topic?: string;
}

export function sourceKeyOf(item: GroupableItem): string {
  return item.source.trim() || UNKNOWN_SOURCE;
}

/**
 * A sample's topic in the distribution report: the keyword the split grouped it by, else its first
 * keyword (keywords come most relevant first), trimmed and lowercased so "Billing" and "billing "
 * count as one topic. Every sample is counted under one topic only, so the rows add up to the
 * dataset.
 */
export function keywordKeyOf(item: GroupableItem): string {
  return item.topic ?? topicCandidates(item.keywords)[0];
}

/** The weighting group of every item: its source, or the topic chosen for balanced groups. */
export function groupKeysOf(items: readonly GroupableItem[], weightBy: WeightBy): string[] {
  return weightBy === 'source' ? items.map(sourceKeyOf) : chooseTopics(items.map((item) => item.keywords));
}
