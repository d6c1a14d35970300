// Issue 13: training cut-offs and shutdowns as dates, the build gate, and targets.yaml overrides.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, UserError } from '../../src/core/errors.js';
import { checkTrainable, cutoffWarning, isRetired, statusOf } from '../../src/core/targets/lifecycle.js';
import { listTargets, reloadTargets, resolveTarget } from '../../src/core/targets/registry.js';

describe('lifecycle', () => {
  it('refuses gpt-3.5-turbo after its 2026-10-23 shutdown, naming the date and a successor', () => {
    const t = resolveTarget('openai', 'gpt-3.5-turbo');
    expect(isRetired(t, '2026-12-01')).toBe(true);
    expect(isRetired(t, '2026-10-22')).toBe(false);
    const error = (() => {
      try {
        checkTrainable(t, { today: '2026-12-01' });
      } catch (e) {
        return e as UserError;
      }
      throw new Error('not refused');
    })();
    expect(error.exitCode).toBe(2);
    expect(error.message).toContain('2026-10-23');
    expect(error.message).toContain('gpt-5.6-terra');
    expect(error.hint).toContain('--allow-retired');
  });

  it('lets an explicit override through and says so', () => {
    const note = checkTrainable(resolveTarget('openai', 'gpt-3.5-turbo'), { allowRetired: true, today: '2026-12-01' });
    expect(note).toContain('--allow-retired');
    expect(note).toContain('2026-10-23');
  });

  it('warns once about the coming 2027-01-06 cut-off of gpt-4o-mini, and retires it on that day', () => {
    const t = resolveTarget('openai', 'gpt-4o-mini');
    expect(cutoffWarning(t, '2026-12-01')).toBe(
      'GPT-4o mini: new fine-tuning jobs stop on 2027-01-06 (36 days from today); start training before then.',
    );
    expect(statusOf(t, '2027-01-05')).toBe('deprecated');
    expect(statusOf(t, '2027-01-06')).toBe('retired');
    expect(() => checkTrainable(t, { today: '2027-01-06' })).toThrow(/2027-01-06/);
  });

  it('has no warning for a target without an announced cut-off', () => {
    expect(checkTrainable(resolveTarget('google', 'gemini-3.5-flash'), { today: '2026-12-01' })).toBeUndefined();
  });

  it('keeps a source URL and date on every target', () => {
    for (const t of listTargets(undefined, { includeRetired: true })) {
      expect(t.sources?.length, t.id).toBeGreaterThan(0);
      for (const s of t.sources ?? []) {
        expect(s.url, t.id).toMatch(/^https:\/\//);
        expect(s.date, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});

describe('targets.yaml in the working folder', () => {
  const cwd = process.cwd();
  let dir = '';
  const use = (yaml: string) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ftdb-targets-'));
    fs.writeFileSync(path.join(dir, 'targets.yaml'), yaml);
    process.chdir(dir);
    reloadTargets();
  };
  afterEach(() => {
    process.chdir(cwd);
    reloadTargets();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('overrides a packaged target key by key (a moved cut-off date)', () => {
    use('targets:\n  - provider: openai\n    id: gpt-4o-mini-2024-07-18\n    trainingEndsDate: "2027-03-01"\n');
    const t = resolveTarget('openai', 'gpt-4o-mini');
    expect(t.trainingEndsDate).toBe('2027-03-01');
    expect(t.maxTokensPerExample).toBe(65_536);
  });

  it('adds a new target', () => {
    use(
      [
        'targets:',
        '  - provider: open',
        '    id: olmo-2-7b-hf',
        '    displayName: OLMo 2 7B (Hugging Face TRL)',
        '    host: huggingface',
        '    status: active',
        '    format: openai-chat',
        '    formats: [openai-chat, prompt-completion, text]',
        '    maxTokensPerExample: 4096',
        '    overLimit: truncate',
        '    minExamples: 1',
        '    tokenizer: estimate',
        '    source: Added by the user from the model card (context 4,096 tokens).',
        '',
      ].join('\n'),
    );
    expect(resolveTarget('open', 'olmo-2-7b-hf')).toMatchObject({ maxTokensPerExample: 4096, aliases: [] });
  });

  it('rejects a bad value with an error naming the key', () => {
    use('targets:\n  - provider: openai\n    id: gpt-4o-mini-2024-07-18\n    maxTokensPerExample: lots\n');
    expect(() => listTargets()).toThrow(ConfigError);
    expect(() => listTargets()).toThrow(/targets\[0\]\.maxTokensPerExample/);
  });

  it('rejects an incomplete new target, saying which keys it needs', () => {
    use('targets:\n  - provider: open\n    id: half-a-model\n    displayName: Half\n');
    expect(() => listTargets()).toThrow(/new target open\/half-a-model.*targets\[0\]\.status/);
  });
});
