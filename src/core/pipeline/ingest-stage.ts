// Stage 1: find the input files (optionally only the ones the user picked) and read them.
import type { AppConfig } from '../config/schema.js';
import { UserError } from '../errors.js';
import { ingestFiles, listInputFiles, type InputFile } from '../ingest/folder.js';
import { ingestLimitsFromConfig } from '../ingest/limits.js';
import type { ExtractedDocument, IngestResult } from '../ingest/types.js';
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
  options: { signal?: AbortSignal; emit: (e: PipelineEvent) => void; keep?: (doc: ExtractedDocument) => ExtractedDocument },
): Promise<IngestResult> {
  options.emit({ type: 'stage', stage: 'ingest', message: `Reading ${files.length} file(s)` });
  const result = await ingestFiles(files, {
    limits: ingestLimitsFromConfig(config.ingest),
    signal: options.signal,
    onProgress: (event) => options.emit({ type: 'ingest', event }),
    keep: options.keep,
  });
  if (result.documents.length === 0 && !options.signal?.aborted) throw noReadableText(result);
  return result;
}

/** Nothing to build from: a failure that says why, instead of an empty dataset exported with a tick. */
function noReadableText(result: IngestResult): UserError {
  const reasons = result.skipped.slice(0, 3).map((s) => `${s.file}: ${s.reason}`);
  const more = result.skipped.length > 3 ? ` (and ${result.skipped.length - 3} more)` : '';
  const hints = [...new Set(result.skipped.map((s) => s.hint).filter(Boolean))].slice(0, 2);
  return new UserError(`No readable text in the ${result.skipped.length} input file(s): ${reasons.join('; ')}${more}.`, {
    hint: [...hints, 'Fix or replace the files, then run again; nothing was generated or spent.'].join(' '),
  });
}
