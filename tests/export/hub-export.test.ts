// Export for the Hub, end to end through the CLI on real public documents: the dataset card validates
// against the Hub's rules, Parquet reads back with an independent reader (hyparquet), provenance stays
// out of the provider's JSONL.
import fs from 'node:fs';
import path from 'node:path';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { hubWorkspace, runCli } from '../cli/cli-helpers.js';
import { checkDatasetCard } from './card-checker.js';

const SECRETS = { HF_TOKEN: 'hf_testSecretToken0123456789', OPENAI_API_KEY: 'sk-test-openai-secret-0123456789' };

const readJsonl = (file: string) => fs.readFileSync(file, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
const readParquet = async (file: string) => {
  const bytes = fs.readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  return { rows: (await parquetReadObjects({ file: buffer })) as Record<string, unknown>[], metadata: parquetMetadata(buffer) };
};

describe('export for the Hub (card, Parquet, provenance)', () => {
  let cwd: string;
  let files: Record<string, string>;
  let datasetId: string;

  beforeAll(() => {
    cwd = hubWorkspace();
    const build = runCli(['build', '--mode', 'identify', '--yes', '--json', '--quiet'], cwd, SECRETS);
    expect(build.code, build.stderr).toBe(0);
    datasetId = JSON.parse(build.stdout).dataset_id;
    const exported = runCli(['export', datasetId, '--with-metadata', '--json'], cwd, SECRETS);
    expect(exported.code, exported.stderr).toBe(0);
    files = JSON.parse(exported.stdout).files;
  });

  it('writes a card that passes the Hub metadata checks and points at the Parquet splits', () => {
    const card = checkDatasetCard(fs.readFileSync(files.card, 'utf8'), path.dirname(files.card));
    expect(card.problems).toEqual([]);
    expect(card.metadata).toMatchObject({
      pretty_name: 'brew_semver', // dataset names are sanitized when the build names them
      license: 'cc-by-4.0',
      language: ['en'],
      task_categories: ['text-generation'],
      size_categories: ['n<1K'],
      configs: [
        {
          config_name: 'default',
          data_files: [
            { split: 'train', path: 'brew_semver_train.parquet' },
            { split: 'validation', path: 'brew_semver_validation.parquet' },
          ],
        },
      ],
    });
  });

  it('the card tells sources with their counts, and holds no local path or secret', () => {
    const text = fs.readFileSync(files.card, 'utf8');
    const provenance = readJsonl(files.provenance);
    for (const source of ['homebrew_FAQ.md', 'semver.md']) {
      const count = provenance.filter((p) => p.source_file === source).length;
      expect(count, source).toBeGreaterThan(0);
      expect(text).toContain(`| ${source} | ${count} |`);
    }
    expect(text).not.toContain(cwd);
    expect(text).not.toContain(fs.realpathSync(cwd));
    for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
    expect(text).toContain('seed 42');
  });

  it('Parquet rows are the JSONL examples, in order, with messages as a list of {role, content}', async () => {
    for (const split of ['train', 'validation'] as const) {
      const jsonl = readJsonl(files[split]);
      const { rows, metadata } = await readParquet(files[split === 'train' ? 'parquetTrain' : 'parquetValidation']);
      expect(rows.length).toBe(jsonl.length);
      expect(rows.map((r) => r.messages)).toEqual(jsonl.map((line) => line.messages));
      const messages = parquetSchema(metadata).children.find((c) => c.element.name === 'messages')!;
      expect(messages.element.converted_type).toBe('LIST');
      expect(messages.children[0].children[0].children.map((c) => c.element.name)).toEqual(['role', 'content']);
    }
  });

  it('--with-metadata puts provenance in Parquet columns and a sidecar, never in a JSONL line', async () => {
    const provenance = readJsonl(files.provenance);
    const train = readJsonl(files.train);
    for (const line of train) expect(Object.keys(line)).toEqual(['messages']);
    const { rows } = await readParquet(files.parquetTrain);
    const sidecarTrain = provenance.filter((p) => p.split === 'train');
    expect(sidecarTrain.map((p) => p.line)).toEqual(train.map((_, i) => i + 1));
    expect(rows.map((r) => [r.sample_id, r.source_file, r.origin])).toEqual(sidecarTrain.map((p) => [p.sample_id, p.source_file, p.origin]));
    expect(new Set(rows.map((r) => r.origin))).toEqual(new Set(['identified']));
  });

  it('an export without --with-metadata drops the sidecar and the provenance columns', async () => {
    const again = runCli(['export', datasetId, '--json'], cwd, SECRETS);
    expect(again.code, again.stderr).toBe(0);
    expect(fs.existsSync(files.provenance)).toBe(false);
    const { rows } = await readParquet(files.parquetTrain);
    expect(Object.keys(rows[0])).toEqual(['messages', 'sample_id', 'token_length', 'topic_keywords', 'quality_score']);
  });

  it('rejects an unknown format or license with a usage error', () => {
    const format = runCli(['export', datasetId, '--format', 'csv'], cwd);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format "csv"');
    const license = runCli(['export', datasetId, '--license', 'cc-by-5.0'], cwd);
    expect(license.code).toBe(2);
    expect(license.stderr).toContain('cc-by-5.0');
  });
});
