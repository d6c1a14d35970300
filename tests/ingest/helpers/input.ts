// Shared test helpers: the corpus location, temp folders, and reading one file through the real reader.
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { formatFromPath } from '../../../src/core/ingest/formats.js';
import type { InputFile } from '../../../src/core/ingest/folder.js';
import { DEFAULT_INGEST_LIMITS, type IngestLimits } from '../../../src/core/ingest/limits.js';
import { readDocument } from '../../../src/core/ingest/read-document.js';
import { IngestError } from '../../../src/core/ingest/ingest-error.js';
import type { ExtractedDocument, IngestErrorKind } from '../../../src/core/ingest/types.js';
import { CORPUS } from '../../helpers/corpus.js';

export { CORPUS };

export function inputFile(absPath: string, relPath = path.basename(absPath)): InputFile {
  return { path: absPath, relPath, bytes: statSync(absPath).size, format: formatFromPath(absPath) };
}

export function read(absPath: string, limits: IngestLimits = DEFAULT_INGEST_LIMITS): Promise<ExtractedDocument> {
  return readDocument(inputFile(absPath), limits);
}

export const readCorpus = (rel: string): Promise<ExtractedDocument> => read(path.join(CORPUS, rel));

/** The error kind a file is rejected with (fails the test if it is read). */
export async function failureKind(absPath: string, limits: IngestLimits = DEFAULT_INGEST_LIMITS): Promise<{ kind: IngestErrorKind; message: string }> {
  try {
    await read(absPath, limits);
  } catch (error) {
    if (error instanceof IngestError) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error(`expected ${absPath} to be rejected, but it was read`);
}

export function allText(doc: ExtractedDocument): string {
  return doc.sections.map((s) => s.text).join('\n');
}

/** A temp folder removed after the test file; write(name, bytes) creates files in it. */
export function tempFolder(): { dir: string; write: (rel: string, data: string | Uint8Array) => string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ftdb-ingest-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return {
    dir,
    write(rel, data) {
      const full = path.join(dir, rel);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, data);
      return full;
    },
  };
}
