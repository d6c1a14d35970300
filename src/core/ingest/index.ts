// Public surface of ingestion: walk a folder, read its documents, chunk them.
export { listInputFiles, isHiddenOrSystem, type InputFile } from './folder.js';
export { ingestFiles, type IngestOptions } from './ingest-files.js';
export { DEFAULT_INGEST_LIMITS, ingestLimitsFromConfig, type IngestLimits } from './limits.js';
export { readDocument } from './read-document.js';
export { IngestError, isIngestError } from './ingest-error.js';
export type * from './types.js';
export { chunkDocuments, estimateTokens, type ChunkOptions } from './chunk.js';
