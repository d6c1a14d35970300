// Failures of the machine rather than of ftdb (permissions, a full or read-only disk, a name too long,
// an output path that is not a folder, a damaged or locked database) as typed errors with a next
// step, instead of "ftdb hit a bug" and a stack trace.
import { UserError } from './errors.js';

interface SystemErrorLike {
  code?: unknown;
  path?: unknown;
  message?: unknown;
}

const KEEP = 'What was saved before the failure is kept in the database.';

/** The typed error for an environment failure, or undefined when `error` is something else (a bug). */
export function environmentError(error: unknown): UserError | undefined {
  if (error instanceof UserError || typeof error !== 'object' || error === null) return undefined;
  const { code, path } = error as SystemErrorLike;
  if (typeof code !== 'string') return undefined;
  const where = typeof path === 'string' ? ` (${path})` : '';
  const make = (message: string, hint: string) => new UserError(message, { hint, cause: error });
  if (code === 'EACCES' || code === 'EPERM') {
    return make(`ftdb is not allowed to write here${where}.`, 'Choose a folder you can write to (--out DIR, --db FILE) or fix its permissions.');
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') {
    return make(`The disk is full${where}.`, `Free some space or point --out / --db at another disk, then run the command again. ${KEEP}`);
  }
  if (code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    return make(`The file system or database is read-only${where}.`, 'Point --db / --out at a writable place, or remount the disk read-write.');
  }
  if (code === 'ENAMETOOLONG') {
    return make(`A file name is too long for this file system${where}.`, 'Use a shorter --name (or output_name in config.yaml) or a shorter --out path.');
  }
  if (code === 'ENOTDIR' || code === 'EISDIR' || code === 'EEXIST') {
    return make(`A path that must be a folder is not one${where}.`, 'Give --out (and --input) a folder path, not a file or a device such as /dev/null.');
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT_')) {
    return make(`The database is damaged (${String((error as SystemErrorLike).message)}).`, 'Run `ftdb build` to see the newest good backup and how to restore it.');
  }
  if (code.startsWith('SQLITE_BUSY')) {
    return make('Another ftdb process kept the database locked.', 'Wait for it to finish (or stop it), then run this command again.');
  }
  if (code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR_') || code === 'EIO') {
    return make(`The disk reported an input/output error${where}.`, `Check the disk (it may be full, removed or failing). ${KEEP}`);
  }
  return undefined;
}
