// Flags several commands share, with their help text written once.
import type { Flags } from './args.js';

export const DB_FLAG = { db: { type: 'string', value: 'FILE', help: 'the SQLite database', defaultText: 'memory/dataset_builder.db' } } as const satisfies Flags;
export const CONFIG_FLAG = { config: { type: 'string', value: 'FILE', help: 'the config file to read', defaultText: './config.yaml, else the packaged one' } } as const satisfies Flags;
export const OUT_FLAG = { out: { type: 'string', value: 'DIR', help: 'where the dataset files are written', defaultText: 'output_datasets' } } as const satisfies Flags;
export const JSON_FLAG = { json: { type: 'boolean', help: 'print the result as one JSON object on stdout' } } as const satisfies Flags;
export const QUIET_FLAG = { quiet: { type: 'boolean', short: 'q', help: 'no progress on stderr (warnings still show)' } } as const satisfies Flags;
/** What `ftdb export` and `ftdb publish` write besides config.output's switches. */
export const EXPORT_CHOICE_FLAGS = {
  format: { type: 'string', value: 'LIST', help: 'data files to write: jsonl, parquet or jsonl,parquet', defaultText: 'output.format' },
  license: { type: 'string', value: 'ID', help: "the dataset card's Hub license id (cc-by-4.0, mit, other...)", defaultText: 'output.license' },
  'with-metadata': { type: 'boolean', help: 'add source file, location and origin per example (Parquet columns, JSONL sidecar)' },
} as const satisfies Flags;
