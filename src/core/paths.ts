// Where things live: the user's working folder (like git) and the installed package (default prompts/config).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The folder holding ftdb's own package.json (works from src/ under tsx and from the dist/ bundle). */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'ftdb') break;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('ftdb package root not found');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export interface WorkspacePaths {
  cwd: string;
  configFile: string;
  envFile: string;
  inputDir: string;
  outputDir: string;
  dbFile: string;
  promptsDir: string;
}

export function workspacePaths(cwd: string, overrides: Partial<WorkspacePaths> = {}): WorkspacePaths {
  return {
    cwd,
    configFile: path.join(cwd, 'config.yaml'),
    envFile: path.join(cwd, '.env'),
    inputDir: path.join(cwd, 'input_files'),
    outputDir: path.join(cwd, 'output_datasets'),
    dbFile: path.join(cwd, 'memory', 'dataset_builder.db'),
    promptsDir: path.join(cwd, 'prompts'),
    ...overrides,
  };
}

/** A prompt file from the user's prompts/ folder, else the packaged default. */
export function resolvePromptFile(promptsDir: string, relative: string): string {
  const own = path.join(promptsDir, relative);
  return fs.existsSync(own) ? own : path.join(packageRoot(), 'prompts', relative);
}
