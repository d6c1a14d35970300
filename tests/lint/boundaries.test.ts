// The layer rules of eslint.config.js catch a planted violation: the real config is run on a temp copy
// of the layout with files that break (and files that keep) the rules. Expectations written first.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

const PLANTED: Record<string, string> = {
  // A screen that opens the store itself, and one that imports the SQLite driver.
  'src/ui/screens/Planted.tsx': "import { listSamples } from '../../core/store/samples.js';\nexport const n = listSamples;\n",
  'src/commands/planted.ts': "import Database from 'better-sqlite3';\nexport const db = Database;\n",
  // Even a type from the pipeline must come through core/app/types.ts.
  'src/ui/hooks/planted-type.ts': "import type { BuildResult } from '../../core/pipeline/events.js';\nexport type R = BuildResult;\n",
  // Targets are pure; the store knows no agents; core never imports Ink.
  'src/core/targets/planted.ts': "import { openDatabase } from '../store/database.js';\nexport const o = openDatabase;\n",
  'src/core/store/planted.ts': "import { runCreateAgent } from '../agents/create/create-agent.js';\nexport const r = runCreateAgent;\n",
  'src/core/pipeline/planted.ts': "import { Text } from 'ink';\nexport const t = Text;\n",
  'src/core/split/planted.ts': "import { runBuild } from '../pipeline/build.js';\nexport const b = runBuild;\n",
  // Allowed: a face calling the application API, the pipeline calling the store.
  'src/commands/fine.ts': "import { savedDatasets } from '../core/app/datasets.js';\nexport const s = savedDatasets;\n",
  'src/core/pipeline/fine.ts': "import { listSamples } from '../store/samples.js';\nexport const l = listSamples;\n",
};

let byFile: Map<string, string[]>;

beforeAll(async () => {
  const copy = tempDir('ftdb-lint-');
  fs.copyFileSync(path.join(ROOT, 'eslint.config.js'), path.join(copy, 'eslint.config.js'));
  fs.copyFileSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  for (const [file, text] of Object.entries(PLANTED)) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.writeFileSync(path.join(copy, file), text);
  }
  const results = await new ESLint({ cwd: copy }).lintFiles(Object.keys(PLANTED));
  byFile = new Map(results.map((r) => [path.relative(copy, r.filePath), r.messages.map((m) => m.ruleId ?? m.message)]));
});

describe('import boundaries', () => {
  it.each([
    'src/ui/screens/Planted.tsx',
    'src/commands/planted.ts',
    'src/ui/hooks/planted-type.ts',
    'src/core/targets/planted.ts',
    'src/core/store/planted.ts',
    'src/core/pipeline/planted.ts',
    'src/core/split/planted.ts',
  ])('%s breaks a layer rule', (file) => {
    expect(byFile.get(file)).toEqual(['@typescript-eslint/no-restricted-imports']);
  });

  it.each(['src/commands/fine.ts', 'src/core/pipeline/fine.ts'])('%s keeps the rules', (file) => {
    expect(byFile.get(file)).toEqual([]);
  });
});
