// How a dataset is split (on/off, train share, strategy, weighting, seed): from config.yaml for a
// new run, stored with the dataset for a re-split, and described in one line for the screens.
import type { SplitStrategy, WeightBy } from '../choices.js';
import type { AppConfig } from '../config/schema.js';

export interface SplitSettings {
  enabled: boolean;
  ratio: number;
  strategy: SplitStrategy;
  weightBy: WeightBy;
  seed: number;
}

export function splitSettingsFrom(config: Pick<AppConfig, 'split'>): SplitSettings {
  const s = config.split;
  return { enabled: s.enabled, ratio: s.ratio, strategy: s.strategy, weightBy: s.weight_by, seed: s.seed };
}

/** "90/10" from a train share of 0.9. */
export function ratioLabel(ratio: number): string {
  const train = Math.round(ratio * 100);
  return `${train}/${100 - train}`;
}

export function describeSplit(s: SplitSettings): string {
  if (!s.enabled) return 'no split';
  const how = s.strategy === 'weighted' ? `weighted by ${s.weightBy}` : 'random';
  return `${ratioLabel(s.ratio)}, ${how}, seed ${s.seed}`;
}
