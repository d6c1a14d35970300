// node-llama-cpp for the real-model tests, installed on first use into tests/.cache (gitignored), not
// as a dependency of the project: a plain `npm install`/`npm ci` of ftdb would otherwise fetch every
// platform's and GPU's prebuilt binaries (~732 MB, its optionalDependencies), and `--omit=optional`
// for the whole project would drop esbuild's platform binary. Here only the pinned package and this
// platform's CPU build are installed (~83 MB, ~10-20 s), with `--omit=optional` and no install
// scripts (nothing is compiled: `build: 'never'`). See docs/decisions.md, "A real model in the tests".
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../helpers/build-cli.js';

/** Pinned: newer releases may not have all their platform builds served (the models README). */
const VERSION = '3.21.1';
const RUNTIME_DIR = path.join(REPO_ROOT, 'tests', '.cache', `node-llama-cpp-${VERSION}`);

/** The package of prebuilt CPU binaries for this machine (node-llama-cpp's own naming). */
function platformPackage(): string {
  const arch = process.arch;
  if (process.platform === 'darwin') return `@node-llama-cpp/mac-${arch}${arch === 'arm64' ? '-metal' : ''}`;
  if (process.platform === 'win32') return `@node-llama-cpp/win-${arch}`;
  return `@node-llama-cpp/linux-${arch}`;
}

/** What the tests use of node-llama-cpp (its own types live in the cache, outside the type check). */
export interface LlamaModel {
  tokenize(text: string): readonly unknown[];
  createContext(options: { contextSize: number; threads: number; sequences: number }): Promise<LlamaContext>;
  dispose(): Promise<void>;
}
export interface LlamaContext {
  getSequence(): LlamaSequence;
  dispose(): Promise<void>;
}
export interface LlamaSequence {
  clearHistory(): Promise<void>;
}
export type LlamaGrammar = object;
export interface Llama {
  loadModel(options: { modelPath: string }): Promise<LlamaModel>;
  createGrammarForJsonSchema(schema: object): Promise<LlamaGrammar>;
  dispose(): Promise<void>;
}
export interface LlamaChatSession {
  promptWithMeta(
    prompt: string,
    options: { grammar?: LlamaGrammar; maxTokens?: number; temperature?: number; seed?: number },
  ): Promise<{ responseText: string; stopReason: string }>;
  dispose(options: { disposeSequence: boolean }): void;
}
export interface LlamaRuntime {
  getLlama(options: { gpu: false; build: 'never'; logLevel?: string }): Promise<Llama>;
  LlamaChatSession: new (options: { contextSequence: LlamaSequence; systemPrompt?: string; autoDisposeSequence?: boolean }) => LlamaChatSession;
}

function installed(): boolean {
  return fs.existsSync(path.join(RUNTIME_DIR, 'node_modules', 'node-llama-cpp', 'package.json')) && fs.existsSync(path.join(RUNTIME_DIR, '.complete'));
}

function install(): void {
  fs.rmSync(RUNTIME_DIR, { recursive: true, force: true });
  fs.mkdirSync(RUNTIME_DIR, { recursive: true });
  const dependencies = { 'node-llama-cpp': VERSION, [platformPackage()]: VERSION };
  fs.writeFileSync(path.join(RUNTIME_DIR, 'package.json'), JSON.stringify({ name: 'ftdb-test-llama-runtime', private: true, dependencies }, null, 2));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund', '--no-package-lock'], {
    cwd: RUNTIME_DIR,
    stdio: 'pipe',
    timeout: 300_000,
  });
  fs.writeFileSync(path.join(RUNTIME_DIR, '.complete'), `${VERSION}\n`);
}

/** Installs node-llama-cpp into tests/.cache once, then loads it. */
export async function loadLlamaRuntime(): Promise<LlamaRuntime> {
  if (!installed()) install();
  const entry = path.join(RUNTIME_DIR, 'node_modules', 'node-llama-cpp', 'dist', 'index.js');
  return (await import(pathToFileURL(entry).href)) as LlamaRuntime;
}
