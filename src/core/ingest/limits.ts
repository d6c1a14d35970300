// The protective limits for reading one file, and their defaults.
export interface IngestLimits {
  maxFileBytes: number;
  fileTimeoutMs: number;
  /** Office packages (ZIP): most entries the central directory may list. */
  maxZipEntries?: number;
  /** Office packages (ZIP): most bytes all entries together may claim once inflated. */
  maxUncompressedBytes?: number;
}

export const DEFAULT_INGEST_LIMITS: Required<IngestLimits> = {
  maxFileBytes: 200 * 1024 * 1024,
  fileTimeoutMs: 120_000,
  maxZipEntries: 10_000,
  maxUncompressedBytes: 1024 * 1024 * 1024,
};

/** From config.yaml's `ingest` block (max_file_size_mb, file_timeout_seconds). */
export function ingestLimitsFromConfig(ingest: { max_file_size_mb: number; file_timeout_seconds: number }): IngestLimits {
  return {
    ...DEFAULT_INGEST_LIMITS,
    maxFileBytes: Math.round(ingest.max_file_size_mb * 1024 * 1024),
    fileTimeoutMs: Math.round(ingest.file_timeout_seconds * 1000),
  };
}
