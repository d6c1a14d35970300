// A key placed in the endpoint URL (user:KEY@host, or a path segment) never reaches the screen, the
// stored errors (jobs.error, runs.error) or the backups. The key values below are not shaped like any
// provider's key, so only the URL rule can catch them.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { scrubSecrets } from '../../src/core/scrub-secrets.js';
import { sampleWorkspace } from '../cli/cli-helpers.js';
import { runCliAsync } from './run-cli-async.js';

const USERINFO_KEY = 'Zq8PL2xv7RkT4mW9nB3cYd6';
const PATH_KEY = 'h7Fk29QmXw4Lp0Rt8Vz3Nc5';

describe('keys in endpoint URLs', () => {
  it('scrubs user:KEY@host and a token-like path segment, keeping the host readable', () => {
    expect(scrubSecrets(`Could not reach http://me:${USERINFO_KEY}@127.0.0.1:9/v1: ECONNREFUSED`, {})).toBe(
      'Could not reach http://me:***@127.0.0.1:9/v1: ECONNREFUSED',
    );
    expect(scrubSecrets(`at https://gw.example.com/proxy/${PATH_KEY}/v1/messages`, {})).toBe('at https://gw.example.com/proxy/***/v1/messages');
    expect(scrubSecrets('see https://en.wikipedia.org/wiki/List_of_common_misconceptions', {})).toBe(
      'see https://en.wikipedia.org/wiki/List_of_common_misconceptions',
    );
  });

  it('keeps the commit id of a Hub commit URL, but not a hex token elsewhere in a path', () => {
    const oid = '3dc7b7c05e9e32bd4463a6a19b98b776dbe03b2b';
    expect(scrubSecrets(`https://huggingface.co/datasets/alice/faq/commit/${oid}`, {})).toBe(`https://huggingface.co/datasets/alice/faq/commit/${oid}`);
    expect(scrubSecrets(`https://gw.example.com/proxy/${oid}/v1`, {})).toBe('https://gw.example.com/proxy/***/v1');
  });

  it.each([
    ['openai', { OPENAI_API_KEY: 'test-not-a-real-key-1', OPENAI_BASE_URL: `http://me:${USERINFO_KEY}@127.0.0.1:9/v1` }, USERINFO_KEY],
    ['anthropic', { ANTHROPIC_API_KEY: 'test-not-a-real-key-2', ANTHROPIC_BASE_URL: `http://127.0.0.1:9/${PATH_KEY}` }, PATH_KEY],
  ])('%s: a failing run stores and prints no key', async (provider, env, key) => {
    const cwd = sampleWorkspace();
    const result = await runCliAsync(['build', '--mode', 'create', '--size', '5', '--agent-provider', provider, '--yes', '--split', 'none'], cwd, env);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/kept failing|Could not reach/);
    expect(result.stdout + result.stderr).not.toContain(key);
    const dbFile = path.join(cwd, 'memory', 'dataset_builder.db');
    const db = new Database(dbFile, { readonly: true });
    const errors = [
      ...(db.prepare('SELECT error FROM jobs WHERE error IS NOT NULL').all() as { error: string }[]),
      ...(db.prepare('SELECT error FROM runs WHERE error IS NOT NULL').all() as { error: string }[]),
    ].map((r) => r.error);
    db.close();
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain('***');
    expect(errors.join('\n')).not.toContain(key);
    const backups = path.join(cwd, 'memory', 'backups');
    for (const file of [dbFile, ...fs.readdirSync(backups).map((f) => path.join(backups, f))]) {
      expect(fs.readFileSync(file).includes(key), file).toBe(false);
    }
  }, 120_000);
});
