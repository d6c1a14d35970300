// Reads a split ratio the way users write it: "90/10", "80:20", "0.7", "70", "70%" or "none".

import { ConfigError } from '../errors.js';

export const COMMON_SPLIT_RATIOS = [0.9, 0.8, 0.7] as const;

/** The train share in (0, 1), or 'none' for no split. */
export function parseSplitRatio(text: string): number | 'none' {
  const input = text.trim().toLowerCase();
  if (input === 'none' || input === 'no' || input === 'off') return 'none';
  const pair = /^(\d+(?:\.\d+)?)\s*[/:]\s*(\d+(?:\.\d+)?)$/.exec(input);
  const number = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(input);
  let ratio = Number.NaN;
  if (pair) {
    // "150/20" is a typo, not 88/12: the two sides are percentages (sum 100) or shares (sum 1)
    const sum = Number(pair[1]) + Number(pair[2]);
    if (Math.abs(sum - 100) < 1e-9 || Math.abs(sum - 1) < 1e-9) ratio = Number(pair[1]) / sum;
  }
  else if (number) {
    const value = Number(number[1]);
    // "0.85" is a share, "85" or "85%" a percentage; "1" and "1.5" are ambiguous and rejected.
    if (number[2] === '%') ratio = value / 100;
    else if (value < 1) ratio = value;
    else if (Number.isInteger(value) && value > 1) ratio = value / 100;
  }
  if (!(ratio > 0 && ratio < 1)) {
    throw new ConfigError(
      `Cannot read the split ratio "${text}".`,
      'Write the train/validation shares like 90/10, 80/20 or 70/30 (they add up to 100), a train share like 0.85, or "none".',
    );
  }
  return ratio;
}
