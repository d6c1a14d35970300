// What `npm pack` would publish: the bundled CLI, the default prompts and config, the licence; no
// source maps (dist/*.map stay local: they describe src/, which does not ship), no tests or sources.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, REPO_ROOT } from '../helpers/build-cli.js';

interface PackedFile {
  path: string;
}

let packed: string[] = [];
const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));

beforeAll(() => {
  buildCli();
  // --ignore-scripts: dist/ was just built; prepare would only build it again.
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  const [report] = JSON.parse(result.stdout) as { files: PackedFile[] }[];
  packed = report.files.map((file) => file.path);
});

const filesUnder = (dir: string): string[] =>
  fs.readdirSync(path.join(REPO_ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

describe('the npm package', () => {
  it('ships the executable CLI, the default config, every prompt and the licence', () => {
    expect(packed).toContain('dist/cli.js');
    expect(packed).toContain('config.yaml');
    expect(packed).toContain('LICENSE');
    expect(filesUnder('prompts').length).toBeGreaterThan(0);
    for (const prompt of filesUnder('prompts')) expect(packed).toContain(prompt);
  });

  it('ships no source maps, sources, tests or local data', () => {
    expect(packed.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(packed.filter((file) => /^(src|tests|bench|scripts|docs|memory|output_datasets|input_files)\//.test(file))).toEqual([]);
  });

  it('every chunk the CLI imports ships with it', () => {
    const chunks = fs.readdirSync(path.join(REPO_ROOT, 'dist')).filter((name) => name.endsWith('.js'));
    for (const chunk of chunks) expect(packed).toContain(`dist/${chunk}`);
  });

  it('says MIT in package.json and in LICENSE', () => {
    expect(pkg.license).toBe('MIT');
    expect(fs.readFileSync(path.join(REPO_ROOT, 'LICENSE'), 'utf8').split('\n')[0]).toBe('MIT License');
  });

  it('lists what esbuild bundles into dist/ as devDependencies only', () => {
    const bundled = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'scripts', 'bundled.json'), 'utf8')) as string[];
    for (const name of bundled) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
  });
});
