// "12 of 50, $0.0123 spent": how far a stopped run got (Resume entries, export warnings, the exit
// summary). Light on purpose: the menu loads it at start-up, before any database is opened.
import { formatUsd } from '../format-usd.js';
import type { SavedDataset } from './datasets.js';

export function progressLabel(d: Pick<SavedDataset, 'samples' | 'targetSize' | 'spentUsd'>): string {
  return `${d.samples} of ${d.targetSize ?? '?'}, ${formatUsd(d.spentUsd)} spent`;
}
