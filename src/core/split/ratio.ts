// Reads a split ratio the way users write it: "90/10", "80:20", "0.7", "70", "70%" or "none".

import { ConfigError } from '../errors.js';

/** The train share in (0, 1), or 'none' for no split; anything else is a ConfigError. */
export function parseSplitRatio(text: string): number | 'none' {
  const input = text.trim().toLowerCase();
  if (input === 'none' || input === 'no' || input === 'off') return 'none';
  const ratio = parseRatio(input);
  if (ratio === undefined) {
    throw new ConfigError(
      `Cannot read the split ratio "${text}".`,
      'Write the train/validation shares like 90/10, 80/20 or 70/30, a train share like 0.85, or "none".',
    );
  }
  return ratio;
}

/**
 * The one reading of a ratio (flags, config.yaml, the menu): the train share in (0, 1), or undefined.
 * "0.85" is a share; "85", 85 or "85%" a percentage; "1", "1.5", "1e-9", "150" and "100%" are rejected.
 */
export function parseRatio(value: unknown): number | undefined {
  let ratio = Number.NaN;
  if (typeof value === 'number') ratio = value < 1 ? value : Number.isInteger(value) ? value / 100 : Number.NaN;
  else if (typeof value === 'string') {
    const input = value.trim();
    const pair = /^(\d+(?:\.\d+)?)\s*[/:]\s*(\d+(?:\.\d+)?)$/.exec(input);
    const number = /^(\d+(?:\.\d+)?)\s*(%?)$/.exec(input);
    if (pair) ratio = Number(pair[1]) / (Number(pair[1]) + Number(pair[2]));
    else if (number) {
      const n = Number(number[1]);
      if (number[2] === '%') ratio = n / 100;
      else if (n < 1) ratio = n;
      else if (Number.isInteger(n) && n > 1) ratio = n / 100;
    }
  }
  return ratio > 0 && ratio < 1 ? ratio : undefined;
}
