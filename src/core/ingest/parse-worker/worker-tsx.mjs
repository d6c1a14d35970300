// Worker entry when ftdb runs from its TypeScript sources (tsx, vitest, the benches): a worker thread
// does not inherit the parent's TypeScript loader, so it registers tsx before loading the worker.
// The built CLI starts dist/parse-worker.js instead (scripts/build.mjs bundles it).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
