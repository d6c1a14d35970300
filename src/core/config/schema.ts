// config.yaml schema. Every key has a default so a missing file or a partial file still works.
import { z } from 'zod';
import { GENERATION_MODES, LINE_FORMAT_CHOICES, SPLIT_STRATEGIES, SPLIT_WEIGHTINGS } from '../choices.js';
import { parseFormats } from '../export/formats.js';
import { isHubLicense } from '../export/hub-licenses.js';
import { parseRatio } from '../split/ratio.js';

export const PROVIDERS = ['openai', 'anthropic', 'google', 'mistral', 'llama', 'amazon', 'open'] as const;
export const AGENT_PROVIDERS = ['openai', 'anthropic', 'google', 'mistral', 'llama', 'ollama'] as const;

// The one ratio parser lives with the split; re-exported here for the config's callers.
export { parseRatio };

const ratio = z.preprocess(
  (v) => parseRatio(v) ?? v,
  z.number().gt(0, 'must be above 0 (e.g. 0.9 or "90/10")').lt(1, 'must be below 1 (e.g. 0.9 or "90/10")'),
);

export const configSchema = z
  .object({
    provider: z.enum(PROVIDERS).default('openai'),
    model: z.string().min(1).default('gpt-4o-mini'),
    mode: z.enum(GENERATION_MODES).default('identify'),
    dataset_size: z.number().int().positive().default(100),
    output_name: z.string().min(1).default('my_dataset'),
    input_dir: z.string().min(1).default('input_files'),
    system_prompt: z.string().default(''),
    split: z
      .object({
        enabled: z.boolean().default(true),
        ratio: ratio.default(0.9),
        strategy: z.enum(SPLIT_STRATEGIES).default('random'),
        weight_by: z.enum(SPLIT_WEIGHTINGS).default('source'),
        seed: z.number().int().default(42),
      })
      .strict()
      .prefault({}),
    agent: z
      .object({
        create: z
          .object({
            temperature: z.number().min(0).max(2).default(0.7),
            variety: z.enum(['low', 'medium', 'high']).default('medium'),
            turns: z.number().int().min(1).max(10).default(1),
            samples_per_chunk: z.number().int().min(1).max(20).default(5),
          })
          .strict()
          .prefault({}),
        identify: z
          .object({
            min_turns: z.number().int().min(1).default(1),
            include_context: z.boolean().default(false),
            use_llm: z.boolean().default(false),
            // Unset: identify keeps every conversation it finds (dataset_size does not cap it).
            max_samples: z.number().int().positive().optional(),
          })
          .strict()
          .prefault({}),
        hybrid: z
          .object({ generation_ratio: z.number().min(0).max(1).default(0.5) })
          .strict()
          .prefault({}),
        free: z
          .object({ use_prompt_file: z.boolean().default(true) })
          .strict()
          .prefault({}),
        quality: z
          .object({
            judge: z.boolean().default(false),
            min_score: z.number().int().min(1).max(10).default(6),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    ingest: z
      .object({
        max_file_size_mb: z.number().positive().default(200),
        file_timeout_seconds: z.number().positive().default(120),
        parser_memory_mb: z.number().min(64).default(2048),
        chunk_tokens: z.number().int().min(100).default(1500),
        chunk_overlap: z.number().int().min(0).default(150),
      })
      .strict()
      .prefault({}),
    output: z
      .object({
        format: z
          .string()
          .refine((v) => parseFormats(v) !== undefined, 'must be "jsonl", "parquet" or "jsonl,parquet"')
          .default('jsonl'),
        /** A Hub license id for the dataset card (https://hf.co/docs/hub/repositories-licenses). */
        license: z
          .string()
          .refine((v) => isHubLicense(v), 'must be a Hub license id such as "cc-by-4.0", "mit" or "other"')
          .optional(),
        /** Open-weight hosts (Together, TRL) also take prompt/completion and text lines; messages by default. */
        line_format: z.enum(LINE_FORMAT_CHOICES).optional(),
        include_csv: z.boolean().default(true),
        include_stats: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    system: z
      .object({
        agentic_llm: z.enum(AGENT_PROVIDERS).default('openai'),
        agentic_model: z.string().min(1).default('gpt-4o-mini'),
        max_retries: z.number().int().min(0).max(10).default(3),
        timeout: z.number().positive().default(60),
        concurrency: z.number().int().min(1).max(64).default(4),
        max_cost: z.number().positive().default(20),
        /** Generate through the provider's batch API: half the price, results within 24 h (README "Batch runs"). */
        batch: z.boolean().default(false),
        /** Seconds between polls of a running provider batch. */
        batch_poll_seconds: z.number().positive().default(60),
        /** USD per million tokens of the agent model, for a model the price table does not know. */
        price: z
          .object({ input_per_mtok: z.number().min(0), output_per_mtok: z.number().min(0) })
          .strict()
          .optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type AppConfig = z.infer<typeof configSchema>;

export function defaultConfig(): AppConfig {
  return configSchema.parse({});
}
