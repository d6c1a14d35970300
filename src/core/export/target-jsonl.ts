// A stored dataset written in another target's line format: only the JSONL files (same split, same
// samples and edits), in their own folder NAME_as_PROVIDER_MODEL/ beside the dataset's own export, so
// neither overwrites the other. The card, CSV and stats describe the dataset's own target: not written.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../store/database.js';
import { listSamples } from '../store/samples.js';
import { formatExample } from '../targets/format.js';
import type { TargetModel } from '../targets/types.js';
import type { CardDataFiles } from './card-metadata.js';
import type { SplitGroups } from './hub-files.js';
import { sanitizeName } from './names.js';
import { replaceFolder } from './replace-folder.js';
import { groupsBySplit } from './split-groups.js';

type Group = keyof CardDataFiles;

/** The formatted examples of each file, in file order. */
export function targetExamples(db: Db, datasetId: string, target: TargetModel): Partial<Record<Group, Record<string, unknown>[]>> {
  const groups: SplitGroups = groupsBySplit(listSamples(db, datasetId));
  return Object.fromEntries(Object.entries(groups).map(([group, rows]) => [group, rows!.map((s) => formatExample(target, s.conversation))]));
}

export function targetFolderName(datasetName: string, target: TargetModel): string {
  return sanitizeName(`${datasetName}_as_${target.provider}_${target.id}`);
}

/** The files are named like the dataset's own (NAME_train.jsonl...); the folder tells the target. */
export function writeTargetJsonl(
  outDir: string,
  where: { folder: string; datasetName: string },
  examples: Partial<Record<Group, Record<string, unknown>[]>>,
): Partial<Record<Group, string>> {
  const dir = path.join(outDir, where.folder);
  const name = sanitizeName(where.datasetName);
  const names: Record<Group, string> = { train: `${name}_train.jsonl`, validation: `${name}_validation.jsonl`, dataset: `${name}.jsonl` };
  const files: Partial<Record<Group, string>> = {};
  replaceFolder(dir, Object.values(names), (staging) => {
    for (const [group, rows] of Object.entries(examples) as [Group, Record<string, unknown>[]][]) {
      fs.writeFileSync(path.join(staging, names[group]), rows.map((row) => `${JSON.stringify(row)}\n`).join(''));
      files[group] = path.join(dir, names[group]);
    }
  });
  return files;
}
