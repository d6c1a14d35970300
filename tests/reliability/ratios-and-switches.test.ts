// One ratio parser with strict bounds, `--split 1e-9` answered at once, and split/system switches in
// config.yaml honoured or rejected instead of silently replaced by defaults.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.js';
import { parseRatio } from '../../src/core/split/ratio.js';
import { ConfigError } from '../../src/core/errors.js';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';
import { tempDir } from '../helpers/tmp.js';

describe('parseRatio', () => {
  it.each([
    ['90/10', 0.9],
    ['0.85', 0.85],
    ['85', 0.85],
    ['85%', 0.85],
    [80, 0.8],
  ])('reads %s as %s', (value, share) => expect(parseRatio(value)).toBeCloseTo(share));

  it.each(['1.5', '1', '150', '100%', '1e-9', '0', '0/10', '-0.5', 'abc', 1.5, 150, 0])('rejects %s', (value) => {
    expect(parseRatio(value)).toBeUndefined();
  });
});

describe('ftdb build --split', () => {
  it.each(['1.5', '1e-9', '120%'])('--split %s exits 2 at once with the accepted forms', (value) => {
    const started = Date.now();
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--split', value, '--yes'], sampleWorkspace());
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--split must be a ratio such as 90/10 or 0.9');
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('a tiny share in config.yaml names the needed size without looping', () => {
    const cwd = sampleWorkspace();
    fs.writeFileSync(path.join(cwd, 'config.yaml'), 'split:\n  ratio: 0.000000001\n');
    const result = runCli(['build', '--mode', 'identify', '--input', 'input_files', '--yes'], cwd);
    expect(result.stderr).toMatch(/Ask for at least 9500000000 or use --split none/);
  }, 60_000);
});

describe('switches in config.yaml', () => {
  const load = (yaml: string) => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'config.yaml'), yaml);
    return loadConfig({ cwd, overrides: { split: {}, system: {} } });
  };

  it('split: false and split: null mean no split', () => {
    expect(load('split: false\n').config.split.enabled).toBe(false);
    expect(load('split: null\n').config.split.enabled).toBe(false);
    expect(load('split:\n  enabled: false\n').config.split.enabled).toBe(false);
  });

  it('system: false is rejected, naming the key', () => {
    expect(() => load('system: false\n')).toThrow(ConfigError);
    expect(() => load('system: false\n')).toThrow(/system: must be a mapping of settings, got false/);
  });
});
