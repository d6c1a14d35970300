// Use case: list a database's backups (each checked now) and put the newest good one, or a named
// one, back in place of a damaged database, keeping the damaged file aside.
import { checkedBackups, restoreDatabase, type CheckedBackup, type RestoreOutcome } from '../store/restore.js';

export type { CheckedBackup, RestoreOutcome };

export function databaseBackups(dbFile: string): CheckedBackup[] {
  return checkedBackups(dbFile);
}

export function restoreFromBackup(dbFile: string, backup?: string): RestoreOutcome {
  return restoreDatabase(dbFile, backup);
}
