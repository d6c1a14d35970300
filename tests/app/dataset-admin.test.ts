// Renaming, deleting (after a verified backup) and duplicating a real dataset in a real SQLite file.
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { deleteDataset, duplicateDataset, renameDataset } from '../../src/core/app/dataset-admin.js';
import { datasetSamples, overrideSplit, savedDataset, savedDatasets } from '../../src/core/app/datasets.js';
import { editSample, withTurnEdited } from '../../src/core/app/sample-edit.js';
import { buildCorpusDataset, clearAgentEnv, isolatePreferences } from '../ui/helpers/workspace.js';

beforeAll(() => {
  isolatePreferences();
  clearAgentEnv();
});

const homebrewDataset = () => buildCorpusDataset(['text/homebrew_FAQ.md']);

const rowsOf = (dbFile: string, table: string, datasetId: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE dataset_id = ?`).get(datasetId) as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('dataset management', () => {
  it('renames, refusing an empty, a taken or a control-character name', async () => {
    const { dbFile, datasetId } = await homebrewDataset();
    const other = duplicateDataset(dbFile, datasetId, 'brew_faq_other');
    // Stored the way a build stores output_name: also the folder and file names of the export.
    expect(renameDataset(dbFile, datasetId, '  brew faq\u007f v2 ')).toEqual({ datasetId, name: 'brew_faq_v2' });
    expect(savedDataset(dbFile, datasetId).name).toBe('brew_faq_v2');
    expect(() => renameDataset(dbFile, datasetId, '\u007f\u007f')).toThrow('A dataset name cannot be empty.');
    expect(() => renameDataset(dbFile, datasetId, 'brew faq other')).toThrow('A dataset is already named "brew_faq_other".');
    expect(() => renameDataset(dbFile, other.datasetId, 'x'.repeat(81))).toThrow('at most 80 characters (this one has 81)');
    expect(renameDataset(dbFile, datasetId, 'brew/faq v2').name).toBe('brew_faq_v2'); // its own name is not "taken"
  });

  it('duplicates samples, edits, overrides and findings under new sample ids', async () => {
    const { dbFile, datasetId } = await homebrewDataset();
    const samples = datasetSamples(dbFile, datasetId);
    overrideSplit(dbFile, datasetId, samples[1].id, 'excluded');
    const conversation = withTurnEdited(samples[0].conversation, 1, 'Run `brew upgrade`.');
    expect((await editSample({ dbFile, datasetId, sampleId: samples[0].id, conversation })).saved).toBe(true);

    const copy = duplicateDataset(dbFile, datasetId);
    expect(copy.name).toBe(`${savedDataset(dbFile, datasetId).name}_copy`);
    expect(duplicateDataset(dbFile, datasetId).name).toBe(`${savedDataset(dbFile, datasetId).name}_copy_2`);
    const copied = datasetSamples(dbFile, copy.datasetId);
    const strip = ({ id: _id, datasetId: _ds, ...rest }: (typeof samples)[number]) => rest;
    expect(copied.map(strip)).toEqual(datasetSamples(dbFile, datasetId).map(strip));
    expect(copied.filter((s) => samples.some((o) => o.id === s.id))).toEqual([]);
    expect(copied[0]).toMatchObject({ edited: true, conversation: { turns: [{}, { content: 'Run `brew upgrade`.' }] } });
    expect(copied[1].splitOverride).toBe('excluded');
    expect(rowsOf(dbFile, 'findings', copy.datasetId)).toBe(rowsOf(dbFile, 'findings', datasetId));
    expect(rowsOf(dbFile, 'runs', copy.datasetId)).toBe(rowsOf(dbFile, 'runs', datasetId));
    expect(savedDataset(dbFile, copy.datasetId)).toMatchObject({ status: 'complete', samples: savedDataset(dbFile, datasetId).samples });
  });

  it('deletes only after a backup that still holds the dataset', async () => {
    const { dbFile, datasetId } = await homebrewDataset();
    const kept = duplicateDataset(dbFile, datasetId);
    const count = datasetSamples(dbFile, datasetId).length;
    const { backup } = await deleteDataset(dbFile, datasetId);
    expect(savedDatasets(dbFile).map((d) => d.id)).toEqual([kept.datasetId]);
    for (const table of ['samples', 'findings', 'runs', 'jobs']) expect(rowsOf(dbFile, table, datasetId)).toBe(0);
    expect(rowsOf(backup, 'samples', datasetId)).toBe(count);
    await expect(deleteDataset(dbFile, datasetId)).rejects.toThrow(`No dataset "${datasetId}".`);
    expect(datasetSamples(dbFile, kept.datasetId)).toHaveLength(count);
  });
});
