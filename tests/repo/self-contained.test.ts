// The repository must work from any clone: no tracked file may point outside it (a sibling folder
// such as ../shared, an absolute path on the team's machines). .ci/run may name ../shared in a
// comment, to say that nothing uses it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/build-cli.js';

/** Third-party documents: their text is data, not references of ours. */
const THIRD_PARTY = 'tests/fixtures/corpus/';
/**
 * Files not scanned: .ci/run (checked below), this file, whose examples must name outside paths, and
 * the lint test, whose import paths belong to the files it plants in a temporary copy of src/.
 */
const NOT_SCANNED = new Set(['.ci/run', 'tests/repo/self-contained.test.ts', 'tests/lint/boundaries.test.ts']);
const ABSOLUTE = /(?:\/work\/|\/home\/\w|\/Users\/\w|\/root\/|\/mnt\/\w|file:\/\/\/)/;
const CLIMBING = /(?<![\w.])((?:\.\.\/)+[\w@.-][\w@./-]*)/g;
const JOINED_SIBLING = /['"]\.\.['"]\s*,\s*['"](?:shared|work)['"]/;
/** Climbing paths that are not file references: a hostile or missing name in a test, a path inside a PPTX. */
const NOT_REFERENCES = new Set(['../../etc/passwd', '../notesSlides/notesSlide', '../../nowhere.yaml']);

function trackedTextFiles(): string[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  return listed.stdout.split('\0').filter((file) => file && !file.startsWith(THIRD_PARTY) && !NOT_SCANNED.has(file))
    .filter((file) => fs.existsSync(path.join(REPO_ROOT, file)))
    .filter((file) => !fs.readFileSync(path.join(REPO_ROOT, file)).includes(0));
}

/** A climbing path is fine when, read from its own file's folder, it names something in the repo. */
function staysInside(file: string, reference: string): boolean {
  const target = path.resolve(REPO_ROOT, path.dirname(file), reference.replace(/\.$/, ''));
  if (path.relative(REPO_ROOT, target).startsWith('..')) return false;
  return [target, target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx')].some((candidate) => fs.existsSync(candidate));
}

export function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    if (ABSOLUTE.test(line) || JOINED_SIBLING.test(line)) found.push(`${where}: ${line.trim()}`);
    for (const [, reference] of line.matchAll(CLIMBING)) {
      if (!NOT_REFERENCES.has(reference) && !staysInside(file, reference)) found.push(`${where}: ${reference}`);
    }
  });
  return found;
}

describe('the repository is self-contained', () => {
  it('no tracked file refers to a path outside the repository', () => {
    const files = trackedTextFiles();
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => outsideReferences(file, fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });

  it('.ci/run names ../shared only in comments', () => {
    const lines = fs.readFileSync(path.join(REPO_ROOT, '.ci/run'), 'utf8').split('\n');
    expect(lines.filter((line) => line.includes('../shared') && !line.trimStart().startsWith('#'))).toEqual([]);
  });

  it('the check itself finds what it must', () => {
    expect(outsideReferences('tests/x/a.test.ts', "path.resolve(process.cwd(), '../shared/corpus')")).toHaveLength(1);
    expect(outsideReferences('README.md', 'See `../shared/ARCHITECTURE.md`.')).toHaveLength(1);
    expect(outsideReferences('bench/a.ts', "path.join(root, '..', 'shared', 'corpus')")).toHaveLength(1);
    expect(outsideReferences('src/a.ts', "const db = '/work/main/memory/dataset_builder.db';")).toHaveLength(1);
    expect(outsideReferences('src/ui/screens/stats/StatsFlow.tsx', "import { DatasetPicker } from '../common/DatasetPicker.js';")).toEqual([]);
  });
});
