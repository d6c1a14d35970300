// What "weighted by source" and "weighted by keyword" group samples by. The same keys are used
// by the split and by the distribution report, so the report shows the groups the split balanced.

import type { WeightBy } from '../choices.js';

const UNKNOWN_SOURCE = '(unknown source)';
const NO_KEYWORD = '(no keyword)';

export interface GroupableItem {
  source: string;
  keywords: readonly string[];
}

export function sourceKeyOf(item: GroupableItem): string {
  return item.source.trim() || UNKNOWN_SOURCE;
}

/**
 * A sample's topic is its first keyword (keywords come most relevant first), trimmed and
 * lowercased so "Billing" and "billing " count as one topic. A sample with several keywords
 * is not counted under the others: every sample belongs to exactly one topic, so topic groups
 * can be balanced and their counts add up to the dataset.
 */
export function keywordKeyOf(item: GroupableItem): string {
  const first = item.keywords.find((keyword) => keyword.trim() !== '');
  return first ? first.trim().toLowerCase() : NO_KEYWORD;
}

export function groupKeyOf(item: GroupableItem, weightBy: WeightBy): string {
  return weightBy === 'source' ? sourceKeyOf(item) : keywordKeyOf(item);
}
