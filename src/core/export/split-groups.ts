// Which samples go in which exported file: train and validation when the dataset has a validation
// side, else one dataset file; excluded samples in none. Every JSONL export uses this.
import { effectiveSplit, type StoredSample } from '../store/samples.js';
import type { SplitGroups } from './hub-files.js';

export function groupsBySplit(samples: readonly StoredSample[]): SplitGroups {
  const splits = samples.map(effectiveSplit);
  const pick = (wanted: (split: ReturnType<typeof effectiveSplit>) => boolean) => samples.filter((_, i) => wanted(splits[i]));
  return splits.some((s) => s === 'validation')
    ? { train: pick((s) => s === 'train' || s === null), validation: pick((s) => s === 'validation') }
    : { dataset: pick((s) => s !== 'excluded') };
}
