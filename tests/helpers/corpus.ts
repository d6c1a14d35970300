// Where the third-party test documents live: tests/fixtures/corpus (origins and licences in
// tests/fixtures/SOURCES.md, expected outcomes in corpus/MANIFEST.md). Resolved from this file, so
// tests and benches work from any clone and any working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));

/** A corpus file by its path inside the corpus, e.g. `jsonl/gsm8k_test.jsonl`. */
export const corpusFile = (relative: string): string => path.join(CORPUS, relative);
