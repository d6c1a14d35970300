// Flags several commands share, with their help text written once.
import type { Flags } from './args.js';

export const DB_FLAG = { db: { type: 'string', value: 'FILE', help: 'the SQLite database', defaultText: 'memory/dataset_builder.db' } } as const satisfies Flags;
export const CONFIG_FLAG = { config: { type: 'string', value: 'FILE', help: 'the config file to read', defaultText: './config.yaml, else the packaged one' } } as const satisfies Flags;
export const OUT_FLAG = { out: { type: 'string', value: 'DIR', help: 'where the dataset files are written', defaultText: 'output_datasets' } } as const satisfies Flags;
export const JSON_FLAG = { json: { type: 'boolean', help: 'print the result as one JSON object on stdout' } } as const satisfies Flags;
export const QUIET_FLAG = { quiet: { type: 'boolean', short: 'q', help: 'no progress on stderr (warnings still show)' } } as const satisfies Flags;
