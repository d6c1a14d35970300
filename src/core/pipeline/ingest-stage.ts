// Stage 1: find the input files (optionally only the ones the user picked) and read them.
import type { AppConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { ingestFiles, listInputFiles, type InputFile } from '../ingest/folder.js';
import { ingestLimitsFromConfig } from '../ingest/limits.js';
import type { IngestResult } from '../ingest/types.js';
import type { PipelineEvent } from './events.js';

/** Checked before a dataset is created, so a wrong folder leaves nothing behind. */
export async function selectInputFiles(inputDir: string, include?: string[]): Promise<InputFile[]> {
  const all = await listInputFiles(inputDir);
  const files = include ? all.filter((f) => include.includes(f.relPath)) : all;
  if (files.length === 0) {
    throw new UserError(`No input files in ${inputDir}.`, {
      hint: 'Put PDF, DOCX, XLSX, PPTX, CSV, TXT/Markdown or JSON(L) files there, or pass another folder with --input.',
      exitCode: 2,
    });
  }
  return files;
}

export async function ingestStage(
  files: InputFile[],
  config: AppConfig,
  options: { signal?: AbortSignal; emit: (e: PipelineEvent) => void },
): Promise<IngestResult> {
  options.emit({ type: 'stage', stage: 'ingest', message: `Reading ${files.length} file(s)` });
  return ingestFiles(files, {
    limits: ingestLimitsFromConfig(config.ingest),
    signal: options.signal,
    onProgress: (event) => options.emit({ type: 'ingest', event }),
  });
}
