// The protective limits for reading one file, and their defaults.
export interface IngestLimits {
  maxFileBytes: number;
  fileTimeoutMs: number;
  /** Office packages (ZIP): most entries the central directory may list. */
  maxZipEntries?: number;
  /** Office packages (ZIP): most bytes all entries together may claim once inflated. */
  maxUncompressedBytes?: number;
  /** Most JavaScript heap one file's parser may use (the parser worker's V8 old-generation limit). */
  parserMemoryMb?: number;
}

export const DEFAULT_INGEST_LIMITS: Required<IngestLimits> = {
  maxFileBytes: 200 * 1024 * 1024,
  fileTimeoutMs: 120_000,
  maxZipEntries: 10_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
  parserMemoryMb: 2048,
};

/** From config.yaml's `ingest` block (max_file_size_mb, file_timeout_seconds, parser_memory_mb). */
export function ingestLimitsFromConfig(ingest: { max_file_size_mb: number; file_timeout_seconds: number; parser_memory_mb: number }): IngestLimits {
  return {
    ...DEFAULT_INGEST_LIMITS,
    maxFileBytes: Math.round(ingest.max_file_size_mb * 1024 * 1024),
    fileTimeoutMs: Math.round(ingest.file_timeout_seconds * 1000),
    parserMemoryMb: Math.round(ingest.parser_memory_mb),
  };
}
