// `ftdb publish` through the real CLI and the real @huggingface/hub client, against a local Hub
// (tests/servers/hub-server.ts) reached through HF_ENDPOINT.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubWorkspace, runCli } from '../cli/cli-helpers.js';
import { runCliAsync } from '../reliability/run-cli-async.js';
import { checkDatasetCard } from '../export/card-checker.js';
import { tempDir } from '../helpers/tmp.js';
import { startHubServer, type HubServer } from '../servers/hub-server.js';

const WRITER = 'hf_writerToken0123456789abcdef';
const READER = 'hf_readerToken0123456789abcdef';

describe('ftdb publish', () => {
  let hub: HubServer;
  let cwd: string;
  let datasetId: string;
  const publish = (args: string[], token = WRITER, endpoint?: string) =>
    runCliAsync(['publish', datasetId, ...args], cwd, { HF_TOKEN: token, HF_ENDPOINT: endpoint ?? hub.url });

  beforeAll(async () => {
    hub = await startHubServer(
      { [WRITER]: { name: 'alice', role: 'write', orgs: { acme: 'read' } }, [READER]: { name: 'bob', role: 'read' } },
      [{ id: 'acme/existing', files: { 'README.md': '# acme' } }],
    );
    cwd = hubWorkspace();
    const build = runCli(['build', '--mode', 'identify', '--yes', '--json', '--quiet'], cwd);
    expect(build.code, build.stderr).toBe(0);
    datasetId = JSON.parse(build.stdout).dataset_id;
  });
  afterAll(() => hub.close());

  it('creates a private dataset repo and uploads data files and card in one commit', async () => {
    const result = await publish(['--repo', 'alice/brew-faq', '--private']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`${hub.url}/datasets/alice/brew-faq`);
    expect(result.stdout).toContain('Created alice/brew-faq');
    const repo = hub.repos.get('alice/brew-faq')!;
    expect(repo.private).toBe(true);
    expect(repo.commits).toHaveLength(1);
    expect([...repo.files.keys()].sort()).toEqual([
      'README.md',
      'brew_semver_train.jsonl',
      'brew_semver_train.parquet',
      'brew_semver_validation.jsonl',
      'brew_semver_validation.parquet',
    ]);
    expect([...repo.lfsPaths].sort()).toEqual(['brew_semver_train.parquet', 'brew_semver_validation.parquet']);
    const local = path.join(cwd, 'output_datasets', 'brew_semver');
    for (const [file, bytes] of repo.files) expect(bytes.equals(fs.readFileSync(path.join(local, file))), file).toBe(true);
    // The card validates against the repository's own files.
    const copy = tempDir('ftdb-hub-repo-');
    for (const [file, bytes] of repo.files) fs.writeFileSync(path.join(copy, file), bytes);
    expect(checkDatasetCard(repo.files.get('README.md')!.toString('utf8'), copy).problems).toEqual([]);
    expect(result.stdout + result.stderr).not.toContain(WRITER);
  });

  it('a second publish is a new commit on the same repo, not a new repo', async () => {
    const repos = hub.repos.size;
    const plain = await publish(['--repo', 'alice/brew-faq', '--private']);
    expect(plain.stdout).toContain('visibility is unchanged');
    const result = await publish(['--repo', 'alice/brew-faq', '--with-metadata', '--json']);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ repo: 'alice/brew-faq', created: false, url: `${hub.url}/datasets/alice/brew-faq` });
    expect(hub.repos.size).toBe(repos);
    const repo = hub.repos.get('alice/brew-faq')!;
    expect(repo.commits).toHaveLength(3);
    expect(summary.commit_url).toBe(`${hub.url}/datasets/alice/brew-faq/commit/${repo.commits[2].oid}`);
    expect(repo.commits[2].paths).toContain('brew_semver_provenance.jsonl');
  });

  it('without a token it says where to get one and calls nobody', async () => {
    const before = hub.requests.length;
    const result = await publish(['--repo', 'alice/other'], '');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('HF_TOKEN is not set');
    expect(result.stderr).toContain('huggingface.co/settings/tokens');
    expect(hub.requests.length).toBe(before);
  });

  it('names the failure: bad token, read-only token, foreign namespace, repo taken, network', async () => {
    const cases: [string[], string, string | undefined, string][] = [
      [['--repo', 'alice/x'], 'hf_notAKnownToken0123456789', undefined, 'did not accept HF_TOKEN'],
      [['--repo', 'bob/x'], READER, undefined, 'can only read'],
      [['--repo', 'someone/x'], WRITER, undefined, 'may not create datasets under "someone"'],
      [['--repo', 'acme/existing'], WRITER, undefined, 'acme/existing exists and this token cannot write to it'],
      [['--repo', 'alice/x'], WRITER, 'http://127.0.0.1:9', 'Could not reach http://127.0.0.1:9'],
    ];
    for (const [args, token, endpoint, message] of cases) {
      const result = await publish(args, token, endpoint);
      expect(result.code, message).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stderr).toMatch(/hint: \S/);
      expect(result.stderr).not.toContain(token);
    }
    expect(hub.repos.get('acme/existing')!.commits).toEqual([]);
    expect(hub.repos.has('alice/x')).toBe(false);
  });

  it('rejects a repo name the Hub would refuse before doing anything', async () => {
    for (const repo of ['noslash', 'a/b/c', 'alice/-dash', 'alice/two..dots']) {
      const result = await publish(['--repo', repo]);
      expect(result.code, repo).toBe(2);
      expect(result.stderr).toContain('--repo OWNER/NAME');
    }
    const format = await publish(['--repo', 'alice/y', '--format', 'csv']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "csv" is not');
  });
});
