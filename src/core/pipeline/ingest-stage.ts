// Stage 1: find the input files (optionally only the ones the user picked) and read them.
import { UserError } from '../errors.js';
import { ingestFiles, listInputFiles } from '../ingest/folder.js';
import { ingestLimitsFromConfig } from '../ingest/limits.js';
import type { IngestResult } from '../ingest/types.js';
import type { AppConfig } from '../config/schema.js';
import type { PipelineEvent } from './events.js';

export async function ingestStage(
  inputDir: string,
  config: AppConfig,
  options: { include?: string[]; signal?: AbortSignal; emit: (e: PipelineEvent) => void },
): Promise<IngestResult> {
  const all = await listInputFiles(inputDir);
  const files = options.include ? all.filter((f) => options.include!.includes(f.relPath)) : all;
  if (files.length === 0) {
    throw new UserError(`No input files in ${inputDir}.`, {
      hint: 'Put PDF, DOCX, XLSX, PPTX, CSV, TXT/Markdown or JSON(L) files there, or pass another folder with --input.',
    });
  }
  options.emit({ type: 'stage', stage: 'ingest', message: `Reading ${files.length} file(s) from ${inputDir}` });
  return ingestFiles(files, {
    limits: ingestLimitsFromConfig(config.ingest),
    signal: options.signal,
    onProgress: (event) => options.emit({ type: 'ingest', event }),
  });
}
