import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKeyFor, loadDotEnv } from '../../src/core/config/env.js';
import { scrubSecrets } from '../../src/core/scrub-secrets.js';
import { loadConfig } from '../../src/core/config/load.js';
import { parseRatio } from '../../src/core/config/schema.js';
import { ConfigError } from '../../src/core/errors.js';
import { tempDir } from '../helpers/tmp.js';

function workspaceWith(yaml: string): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'config.yaml'), yaml);
  return dir;
}

function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('config.yaml', () => {
  it('reads the packaged default config when the folder has none', () => {
    const { config } = loadConfig({ cwd: tempDir() });
    expect(config.mode).toBe('identify');
    expect(config.split.ratio).toBeCloseTo(0.9);
  });

  it('names the key path and the allowed values of a wrong enum value', () => {
    const cwd = workspaceWith('mode: magic\nsplit:\n  strategy: sideways\n');
    const error = configErrorOf(() => loadConfig({ cwd }));
    expect(error.message).toContain('mode: must be one of "identify", "create", "hybrid", "free"');
    expect(error.message).toContain('split.strategy: must be one of "random", "weighted"');
    expect(error.exitCode).toBe(2);
  });

  it('reports unknown keys and wrong types with their path', () => {
    const cwd = workspaceWith('agent:\n  create:\n    temprature: 0.5\ndataset_size: lots\n');
    const error = configErrorOf(() => loadConfig({ cwd }));
    expect(error.message).toContain('unknown key agent.create.temprature');
    expect(error.message).toMatch(/dataset_size: .*number/i);
  });

  it('turns YAML syntax errors into a config error, not a stack trace', () => {
    const cwd = workspaceWith('provider: [openai\n');
    expect(configErrorOf(() => loadConfig({ cwd })).message).toMatch(/not valid YAML/);
  });

  it('lets overrides (flags) win over the file and keeps the rest', () => {
    const cwd = workspaceWith('provider: openai\nmodel: gpt-4o\nsplit:\n  ratio: "80/20"\n  seed: 7\n');
    const { config } = loadConfig({ cwd, overrides: { model: 'gpt-4.1-mini', split: { seed: 9 } } });
    expect(config.model).toBe('gpt-4.1-mini');
    expect(config.split.ratio).toBeCloseTo(0.8);
    expect(config.split.seed).toBe(9);
  });

  it('parses ratios in the forms users write', () => {
    expect(parseRatio('90/10')).toBeCloseTo(0.9);
    expect(parseRatio('70:30')).toBeCloseTo(0.7);
    expect(parseRatio(0.85)).toBeCloseTo(0.85);
    expect(parseRatio(80)).toBeCloseTo(0.8);
    expect(parseRatio('abc')).toBeUndefined();
  });
});

describe('.env', () => {
  it('loads keys without overriding the environment and never leaks them when scrubbed', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.env'), 'OPENAI_API_KEY=sk-test-1234567890\nAGENT_MODEL=from-file\n');
    const env: NodeJS.ProcessEnv = { AGENT_MODEL: 'from-env' };
    expect(loadDotEnv(path.join(dir, '.env'), env)).toEqual(['OPENAI_API_KEY']);
    expect(env.AGENT_MODEL).toBe('from-env');
    expect(hasKeyFor('openai', env)).toBe(true);
    expect(hasKeyFor('anthropic', env)).toBe(false);
    expect(hasKeyFor('ollama', env)).toBe(true);
    expect(scrubSecrets('failed with key sk-test-1234567890', env)).toBe('failed with key ***');
  });
});
