// Exporting a real dataset (Homebrew's and semver's FAQs, about 40 Q&A pairs) in another target's
// format: Vertex Gemini lines written beside the dataset's own files, Bedrock Llama (100 examples at
// least) refused before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetSamples } from '../../src/core/app/datasets.js';
import { exportAsTarget, otherTargets } from '../../src/core/app/export-as.js';
import { editSample, withTurnEdited } from '../../src/core/app/sample-edit.js';
import { buildCorpusDataset, clearAgentEnv, isolatePreferences } from '../ui/helpers/workspace.js';

let dir: string;
let dbFile: string;
let datasetId: string;

beforeAll(async () => {
  isolatePreferences();
  clearAgentEnv();
  ({ dir, datasetId, dbFile } = await buildCorpusDataset(['text/homebrew_FAQ.md', 'text/semver.md']));
}, 60_000);

describe('export in another target format', () => {
  it('offers every other target, not the dataset own one', () => {
    const targets = otherTargets({ provider: 'openai', model: 'gpt-4o-mini' });
    expect(targets.some((t) => t.model === 'gpt-4o-mini-2024-07-18')).toBe(false);
    expect(targets.map((t) => t.model)).toEqual(expect.arrayContaining(['gpt-4o-2024-08-06', 'gemini-3.5-flash', 'llama-3.1-8b-bedrock']));
  });

  it('writes Vertex Gemini lines (user/model parts) with the same split and the edits', async () => {
    const samples = datasetSamples(dbFile, datasetId);
    const semver = samples.find((s) => s.source.file === 'semver.md')!;
    const edited = withTurnEdited(semver.conversation, 1, 'Bump the MAJOR version.');
    expect((await editSample({ dbFile, datasetId, sampleId: semver.id, conversation: edited })).saved).toBe(true);

    const outDir = path.join(dir, 'output_datasets');
    const outcome = await exportAsTarget({ dbFile, idOrName: datasetId, outDir, provider: 'google', model: 'gemini-3.5-flash' });
    expect(outcome).toMatchObject({ written: true, errors: [], folder: 'my_dataset_as_google_gemini-3.5-flash' });
    const read = (file?: string) => (file ? fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : []);
    const train = read(outcome.files.train);
    const validation = read(outcome.files.validation);
    const kept = samples.filter((s) => (s.splitOverride ?? s.split) !== 'excluded');
    expect(train.length + validation.length).toBe(kept.length);
    expect(validation.length).toBe(kept.filter((s) => (s.splitOverride ?? s.split) === 'validation').length);
    for (const line of [...train, ...validation]) expect(line.contents.map((c: { role: string }) => c.role)).toEqual(['user', 'model']);
    const texts = [...train, ...validation].map((l) => l.contents[1].parts[0].text);
    expect(texts).toContain('Bump the MAJOR version.');
    expect(path.dirname(outcome.files.train!)).toBe(path.join(outDir, 'my_dataset_as_google_gemini-3.5-flash'));
  });

  it('refuses Bedrock Llama 3.1 8B (at least 100 examples) and writes nothing', async () => {
    const outDir = path.join(dir, 'output_datasets');
    const outcome = await exportAsTarget({ dbFile, idOrName: datasetId, outDir, provider: 'llama', model: 'llama-3.1-8b-bedrock' });
    expect(outcome.written).toBe(false);
    expect(outcome.errors.join('\n')).toMatch(/too_few_examples \(1\): .*100/);
    expect(outcome.files).toEqual({});
    expect(fs.existsSync(path.join(outDir, outcome.folder))).toBe(false);
  });
});
