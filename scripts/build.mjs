// Bundles src/cli.tsx (and the parser worker thread) into dist/. The interactive stack (ink, react, ink-* and their dependencies)
// and the small pure-JS config libraries are bundled in, with React in production mode: loading
// ~100 separate ESM files from node_modules was most of the menu's start-up time (bench/startup.ts).
// Bundled packages are devDependencies (an installed ftdb never loads them from node_modules).
// Every runtime dependency stays external and loads from node_modules, lazily: native, wasm and
// worker packages (better-sqlite3, pdfjs-dist), the LLM SDKs, tokenizers and document readers.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const quiet = process.argv.includes('--quiet');
// scripts/bundled.json names them (also read by tests/repo/package.test.ts).
const BUNDLED = new Set(JSON.parse(fs.readFileSync('scripts/bundled.json', 'utf8')));
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
for (const name of BUNDLED) {
  if (!pkg.devDependencies?.[name]) throw new Error(`${name} is bundled into dist/: list it in devDependencies`);
}
const external = [
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.devDependencies ?? {}).filter((name) => !BUNDLED.has(name)),
  'react-devtools-core', // optional peer of ink, only imported when DEV=true
];

// Bundled CommonJS (react, signal-exit...) calls require() for Node built-ins: give each ESM chunk one.
const requireShim = "import { createRequire as __ftdbCreateRequire } from 'node:module'; const require = __ftdbCreateRequire(import.meta.url);";

const startedAt = Date.now();
const result = await build({
  // The parser worker is its own entry: src/core/ingest/parse-worker/pool.ts starts dist/parse-worker.js.
  entryPoints: { cli: 'src/cli.tsx', 'parse-worker': 'src/core/ingest/parse-worker/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  external,
  sourcemap: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
  metafile: true,
  logLevel: quiet ? 'error' : 'info',
});

// Chunk names carry content hashes: remove the chunks of earlier builds (not those a build running
// at the same time, e.g. in another test file, has just written).
const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
for (const name of fs.readdirSync('dist')) {
  const file = path.resolve('dist', name);
  if (!written.has(file) && fs.statSync(file).mtimeMs < startedAt) fs.rmSync(file, { force: true });
}

// The package's bin: `npx ftdb` and `npm link` run it directly, so it must be executable.
fs.chmodSync('dist/cli.js', 0o755);
