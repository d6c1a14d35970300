import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setYamlValue, updateConfigFile } from '../../src/core/config/write-config.js';
import { ConfigError } from '../../src/core/errors.js';

const PACKAGED = path.resolve('config.yaml');

describe('writing config.yaml back', () => {
  it('replaces a value in place: every other byte, comments and their column stay', () => {
    const text = 'provider: openai            # openai | anthropic\nmodel: gpt-4o-mini          # a model id\n';
    const out = setYamlValue(text, ['provider'], 'anthropic');
    expect(out).toBe('provider: anthropic         # openai | anthropic\nmodel: gpt-4o-mini          # a model id\n');
  });

  it('keeps the quoting style of a quoted value and adds missing keys with comments intact', () => {
    const text = '# top comment\nsplit:\n  ratio: "90/10"   # train/validation\n';
    const quoted = setYamlValue(text, ['split', 'ratio'], '80/20');
    expect(quoted).toContain('  ratio: "80/20"   # train/validation');
    const added = setYamlValue(quoted, ['split', 'seed'], 7);
    expect(added).toContain('# top comment');
    expect(added).toContain('# train/validation');
    expect(added).toMatch(/seed: 7/);
  });

  it('refuses a ratio whose sides do not add up to 100 (150/20 is a typo, not 88/12) and writes nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-cfg-'));
    const file = path.join(dir, 'config.yaml');
    fs.writeFileSync(file, 'split:\n  ratio: "90/10"\n');
    expect(() => updateConfigFile(file, [{ path: ['split', 'ratio'], value: '150/20' }])).toThrow(ConfigError);
    expect(fs.readFileSync(file, 'utf8')).toBe('split:\n  ratio: "90/10"\n');
  });

  it('seeds a new config.yaml from the packaged one (comments included) and validates the result', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-cfg-'));
    const file = path.join(dir, 'config.yaml');
    const config = updateConfigFile(file, [{ path: ['split', 'ratio'], value: '80/20' }], PACKAGED);
    expect(config.split.ratio).toBeCloseTo(0.8);
    const written = fs.readFileSync(file, 'utf8');
    expect(written).toContain('# Fine-tuning target: whose JSONL format and limits the dataset must meet.');
    expect(written.split('\n').length).toBe(fs.readFileSync(PACKAGED, 'utf8').split('\n').length);
  });

  it('refuses a value the schema rejects and leaves the file untouched', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-cfg-'));
    const file = path.join(dir, 'config.yaml');
    fs.writeFileSync(file, 'mode: identify # comment\n');
    expect(() => updateConfigFile(file, [{ path: ['mode'], value: 'sometimes' }])).toThrow(ConfigError);
    expect(fs.readFileSync(file, 'utf8')).toBe('mode: identify # comment\n');
  });
});
