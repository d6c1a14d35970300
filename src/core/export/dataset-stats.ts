// Stats of a stored dataset, as written to NAME_stats.json and shown by `ftdb stats` and the menu.
import { UserError } from '../errors.js';
import type { Db } from '../store/database.js';
import { datasetState } from '../store/dataset-state.js';
import { getDataset, type DatasetRow } from '../store/datasets.js';
import type { GenerationRecord } from '../agents/generation/record.js';
import { lastRunFiles, lastRunGeneration, listFindings } from '../store/runs.js';
import { listSampleFacts, type SampleFacts } from '../store/samples.js';
import { datasetTarget } from './dataset-target.js';
import { buildStats, type DatasetStats } from './stats.js';

export function requireDataset(db: Db, datasetId: string): DatasetRow {
  const dataset = getDataset(db, datasetId);
  if (!dataset) throw new UserError(`No dataset with id ${datasetId}.`, { hint: 'Run `ftdb list` to see the ids.' });
  return dataset;
}

/**
 * `samples`: the dataset's samples when the caller has just loaded them (export), so they are read
 * once; else their facts are read without the conversations, which stats do not need.
 */
export function statsForDataset(db: Db, datasetId: string, samples?: SampleFacts[]): DatasetStats {
  const dataset = requireDataset(db, datasetId);
  return buildStats({
    datasetId,
    name: dataset.name,
    mode: dataset.mode,
    state: datasetState(db, dataset),
    target: datasetTarget(dataset),
    samples: samples ?? listSampleFacts(db, datasetId),
    tokensExact: dataset.tokens_exact === 1,
    findings: listFindings(db, datasetId),
    files: lastRunFiles(db, datasetId),
    costUsd: dataset.cost_usd,
    splitSettings: dataset.split_settings ? JSON.parse(dataset.split_settings) : null,
    generation: lastRunGeneration(db, datasetId) as GenerationRecord | null,
  });
}
