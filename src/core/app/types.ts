// The types the faces (commands, menu) see of the layers below, re-exported so that a face imports
// only the application API (the lint rule in eslint.config.js enforces it).
export type { BuildRequest } from '../pipeline/build.js';
export type { BuildResult, GenerationProgress, PipelineEvent } from '../pipeline/events.js';
export type { DatasetStats } from '../export/stats.js';
export type { ExportFiles } from '../export/export-dataset.js';
export type { InputFile } from '../ingest/folder.js';
export type { SplitSettings } from '../split/settings.js';
export type { DatasetRow } from '../store/datasets.js';
export type { StoredFinding } from '../store/runs.js';
export type { StoredSample } from '../store/samples.js';
