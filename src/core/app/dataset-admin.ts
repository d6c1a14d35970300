// Use cases of managing saved datasets from the menu: rename, delete (after a verified backup) and
// duplicate (a new dataset with the same samples, edits, overrides, findings and run history).
// Exported files on disk are never touched: they are the user's, and a rename says to export again.
import { UserError } from '../errors.js';
import { sanitizeName, uniqueName } from '../export/names.js';
import { findDataset, withDatabase, withDatabaseAsync } from '../store/access.js';
import { backupDatabase } from '../store/backup.js';
import type { Db } from '../store/database.js';
import { copyDatasetRows, deleteDatasetRows } from '../store/dataset-copies.js';
import { datasetNameTaken, updateDataset, type DatasetRow } from '../store/datasets.js';
import { runInProgress } from '../store/runs.js';
import { withoutControlCharacters } from '../text/control-characters.js';

const MAX_NAME = 80;

/** A name a user typed, cleaned; a usage error says what is wrong with an empty, long or taken one. */
function checkedName(db: Db, typed: string, current?: string): string {
  const cleaned = withoutControlCharacters(typed, true).trim();
  if (cleaned === '') throw new UserError('A dataset name cannot be empty.', { hint: 'Type a name, e.g. support_chats_v2.' });
  if (cleaned.length > MAX_NAME) throw new UserError(`A dataset name has at most ${MAX_NAME} characters (this one has ${cleaned.length}).`, { hint: 'Type a shorter name.' });
  // Stored the way a build stores output_name: the name is also the folder and file names.
  const name = sanitizeName(cleaned);
  if (name !== current && datasetNameTaken(db, name)) throw new UserError(`A dataset is already named "${name}".`, { hint: 'Type another name.' });
  return name;
}

function refuseWhileRunning(db: Db, dataset: DatasetRow, action: string): void {
  if (runInProgress(db, dataset.id)) {
    throw new UserError(`${dataset.id} is being built right now, so it cannot be ${action}.`, { hint: 'Wait for the run to finish or stop it first.' });
  }
}

export interface Renamed {
  datasetId: string;
  name: string;
}

export function renameDataset(dbFile: string, idOrName: string, newName: string): Renamed {
  return withDatabase(dbFile, (db) => {
    const dataset = findDataset(db, idOrName);
    refuseWhileRunning(db, dataset, 'renamed');
    const name = checkedName(db, newName, dataset.name);
    updateDataset(db, dataset.id, { name });
    return { datasetId: dataset.id, name };
  });
}

/** Deletes a dataset once a backup of the whole database was written and checked. Returns the backup path. */
export async function deleteDataset(dbFile: string, idOrName: string): Promise<{ datasetId: string; backup: string }> {
  return withDatabaseAsync(dbFile, async (db) => {
    const dataset = findDataset(db, idOrName);
    refuseWhileRunning(db, dataset, 'deleted');
    // backupDatabase throws when the copy fails its integrity check: then nothing is deleted.
    const backup = await backupDatabase(db, dbFile, `before-delete-${dataset.id}`);
    deleteDatasetRows(db, dataset.id);
    return { datasetId: dataset.id, backup };
  });
}

/** A copy of a dataset under a new name (default: NAME_copy, NAME_copy_2...). */
export function duplicateDataset(dbFile: string, idOrName: string, newName?: string): { datasetId: string; name: string } {
  return withDatabase(dbFile, (db) => {
    const dataset = findDataset(db, idOrName);
    refuseWhileRunning(db, dataset, 'duplicated');
    const name = newName === undefined ? freeCopyName(db, dataset.name) : checkedName(db, newName);
    return { datasetId: copyDatasetRows(db, dataset.id, name), name };
  });
}

function freeCopyName(db: Db, name: string): string {
  return uniqueName(`${name.slice(0, MAX_NAME - 8)}_copy`, (candidate) => datasetNameTaken(db, candidate));
}
