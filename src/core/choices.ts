// The closed lists a user picks from (config.yaml, flags, menu): one copy each, read by the config
// schema, the flag parsers, the menu and the code that acts on the choice.

export const GENERATION_MODES = ['identify', 'create', 'hybrid', 'free'] as const;
export type GenerationMode = (typeof GENERATION_MODES)[number];

/** What a mode needs before it runs: an agent LLM (key, model, a cost estimate) and typed instructions. */
export const MODE_NEEDS: Record<GenerationMode, { agent: boolean; instructions: boolean }> = {
  identify: { agent: false, instructions: false },
  create: { agent: true, instructions: false },
  hybrid: { agent: true, instructions: false },
  free: { agent: true, instructions: true },
};

export const SPLIT_STRATEGIES = ['random', 'weighted'] as const;
export type SplitStrategy = (typeof SPLIT_STRATEGIES)[number];

/** What a weighted split keeps in proportion on both sides. */
export const SPLIT_WEIGHTINGS = ['source', 'keywords'] as const;
export type WeightBy = (typeof SPLIT_WEIGHTINGS)[number];

/** `value` when it is one of `choices`, else undefined (for flags and stored preferences). */
export function oneOf<T extends string>(choices: readonly T[], value: unknown): T | undefined {
  return choices.find((choice) => choice === value);
}

/** What a user writes in config.yaml (output.line_format) or --line-format, for hosts that take several. */
export const LINE_FORMAT_CHOICES = ['messages', 'prompt-completion', 'text'] as const;
export type LineFormatChoice = (typeof LINE_FORMAT_CHOICES)[number];

/** The data files an export writes: "jsonl" (the provider's format), "parquet" (the Hub's). */
export const EXPORT_FORMATS = ['jsonl', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What output.format and --format accept (the settings screen offers these). */
export const FORMAT_CHOICES = ['jsonl', 'parquet', 'jsonl,parquet'] as const;
