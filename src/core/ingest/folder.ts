// Walks the input folder: every candidate document, sorted. Nothing is left out silently: hidden and
// system files, unreadable sub-folders, FIFOs and devices and links leaving the folder come back as
// entries with a skip reason, so the run's skip list names them.
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { formatFromPath } from './formats.js';
import type { DocumentFormat, IngestErrorKind } from './types.js';

export { ingestFiles } from './ingest-files.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the input folder, with forward slashes. */
  relPath: string;
  bytes: number;
  /** From the extension; readDocument checks the bytes. */
  format: DocumentFormat | 'unknown';
  /** Set when the walker already knows the file must not be read (e.g. a symlink leaving the folder). */
  skip?: { kind: IngestErrorKind; reason: string };
}

const SYSTEM_NAMES = new Set(['thumbs.db', 'desktop.ini', 'ehthumbs.db', '__macosx', '$recycle.bin', 'system volume information', 'icon\r']);

/**
 * Dotfiles (`.git`, `.DS_Store`), Office lock files (~$x.docx), OS metadata. A name starting with two
 * dots (`..dots.txt`) is an ordinary name, not the hidden-file convention: it is read.
 */
function isHiddenOrSystem(name: string): boolean {
  return (name.startsWith('.') && !name.startsWith('..')) || name.startsWith('~$') || SYSTEM_NAMES.has(name.toLowerCase());
}

function skipped(full: string, relPath: string, kind: IngestErrorKind, reason: string): InputFile {
  return { path: full, relPath, bytes: 0, format: formatFromPath(full), skip: { kind, reason } };
}

/** A directory entry that is neither a file, a folder nor a link: never opened (a FIFO would block). */
function specialKind(entry: Dirent): string | undefined {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return undefined;
}

export async function listInputFiles(dir: string): Promise<InputFile[]> {
  const root = path.resolve(dir);
  const rootReal = await realRoot(root, dir);
  const files: InputFile[] = [];
  await walk(root, rootReal, files, root);
  return files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
}

async function realRoot(root: string, given: string): Promise<string> {
  const hint = 'Create the folder and put your documents in it, or point --input (or input_dir in config.yaml) at an existing folder.';
  try {
    const stat = await fs.stat(root);
    if (!stat.isDirectory()) throw new UserError(`Input path is not a folder: ${given}`, { hint, exitCode: 2 });
    return await fs.realpath(root);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'Input folder not found' : `Cannot open the input folder (${code ?? 'error'})`;
    throw new UserError(`${what}: ${given}`, { hint, exitCode: 2, cause: error });
  }
}

function isInside(rootReal: string, target: string): boolean {
  return target === rootReal || target.startsWith(rootReal + path.sep);
}

async function walk(dir: string, rootReal: string, out: InputFile[], root: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (dir === root) {
      throw new UserError(`Cannot list the input folder (${code}): ${dir}`, { hint: 'Check that you have permission to read the folder.', exitCode: 2, cause: error });
    }
    // An unreadable sub-folder is not worth stopping the run for, but the run says so.
    const relPath = `${path.relative(root, dir).split(path.sep).join('/')}/`;
    out.push(skipped(dir, relPath, 'unreadable', `Cannot open the folder (${code}): the files in it were not read.`));
    return;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    const relPath = path.relative(root, full).split(path.sep).join('/');
    const special = specialKind(entry);
    if (isHiddenOrSystem(entry.name)) {
      const what = entry.isDirectory() ? 'Hidden or system folder' : 'Hidden or system file';
      out.push(skipped(full, entry.isDirectory() ? `${relPath}/` : relPath, 'hidden', `${what}: not read.`));
    } else if (special) {
      out.push(skipped(full, relPath, 'not_a_file', `Not a regular file (${special}): not opened.`));
    } else if (entry.isDirectory()) {
      await walk(full, rootReal, out, root);
    } else if (entry.isFile()) {
      const stat = await fs.stat(full).catch((error: NodeJS.ErrnoException) => error.code ?? 'error');
      out.push(typeof stat === 'string' ? skipped(full, relPath, 'unreadable', `Cannot read the file (${stat}).`) : { path: full, relPath, bytes: stat.size, format: formatFromPath(full) });
    } else if (entry.isSymbolicLink()) {
      const linked = await linkedFile(full, relPath, rootReal);
      if (linked) out.push(linked);
    }
  }
}

async function linkedFile(full: string, relPath: string, rootReal: string): Promise<InputFile | undefined> {
  const target = await fs.realpath(full).catch(() => undefined);
  if (!target) return skipped(full, relPath, 'unreadable', 'Broken symbolic link.');
  if (!isInside(rootReal, target)) return skipped(full, relPath, 'unsupported', 'Symbolic link pointing outside the input folder (not followed).');
  // A link that stays inside the folder points at something the walk reads under its real path:
  // following it would only duplicate samples.
  return undefined;
}
