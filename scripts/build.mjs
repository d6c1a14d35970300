// Bundles src/cli.tsx into dist/ (dependencies stay external and load from node_modules).
import { build } from 'esbuild';
const quiet = process.argv.includes('--quiet');
await build({
  entryPoints: ['src/cli.tsx'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  banner: { js: '#!/usr/bin/env node' },
  logLevel: quiet ? 'error' : 'info',
});
