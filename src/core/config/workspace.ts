// The folder a command works in (like git): .env, config.yaml, input_files/, output_datasets/, memory/.
import path from 'node:path';
import { loadDotEnv } from './env.js';
import { loadConfig, type DeepPartial } from './load.js';
import type { AppConfig } from './schema.js';
import { workspacePaths, type WorkspacePaths } from '../paths.js';

export interface WorkspaceFlags {
  config?: string;
  db?: string;
  out?: string;
  input?: string;
}

export interface Workspace {
  paths: WorkspacePaths;
  config: AppConfig;
  configFile?: string;
}

/** `flagNames`: the flag each override came from, named in the error when its value is refused. */
export function openWorkspace(
  flags: WorkspaceFlags,
  overrides: DeepPartial<AppConfig> = {},
  cwd = process.cwd(),
  flagNames: Record<string, string> = {},
): Workspace {
  const base = workspacePaths(cwd);
  loadDotEnv(base.envFile);
  const { config, file } = loadConfig({ cwd, file: flags.config, overrides: withAgentEnv(overrides), flagNames });
  const paths = workspacePaths(cwd, {
    inputDir: path.resolve(cwd, flags.input ?? config.input_dir),
    outputDir: flags.out ? path.resolve(cwd, flags.out) : base.outputDir,
    dbFile: flags.db ? path.resolve(cwd, flags.db) : base.dbFile,
  });
  return { paths, config, configFile: file };
}

/** AGENT_PROVIDER / AGENT_MODEL from the environment sit between config.yaml and flags. */
function withAgentEnv(overrides: DeepPartial<AppConfig>): DeepPartial<AppConfig> {
  const fromEnv: DeepPartial<AppConfig['system']> = {};
  if (process.env.AGENT_PROVIDER?.trim()) fromEnv.agentic_llm = process.env.AGENT_PROVIDER.trim() as AppConfig['system']['agentic_llm'];
  if (process.env.AGENT_MODEL?.trim()) fromEnv.agentic_model = process.env.AGENT_MODEL.trim();
  return { ...overrides, system: { ...fromEnv, ...overrides.system } };
}
