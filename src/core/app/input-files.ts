// The documents of an input folder, for the menu's file picker (readable ones first, with their sizes),
// and choosing that folder: the folders of the workspace to pick from, and the default one created.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';

export { listInputFiles } from '../ingest/folder.js';

/** Folders ftdb writes itself, or that hold code rather than documents: never offered as input. */
const NOT_INPUT = new Set(['memory', 'output_datasets', 'node_modules', 'prompts', 'backups']);

/** The folders directly under the workspace a user may read documents from, by name. */
export function inputFolderChoices(cwd: string): string[] {
  try {
    return fs
      .readdirSync(cwd, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !NOT_INPUT.has(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return []; // an unreadable workspace offers only typing a path
  }
}

/**
 * The folder a user typed or picked (relative to the workspace, or absolute). The default
 * `input_files/` is created when missing (`created` says so); any other missing folder is an error,
 * since a typo must not leave an empty folder behind.
 */
export function chooseInputFolder(cwd: string, typed: string, defaultDir: string): { dir: string; created: boolean } {
  const given = typed.trim();
  if (given === '') throw new UserError('Type a folder, e.g. input_files.', { hint: 'A path relative to this folder, or an absolute one.' });
  const dir = path.resolve(cwd, given);
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new UserError(`${given} is a file, not a folder.`, { hint: 'Type the folder that holds your documents.' });
    return { dir, created: false };
  }
  if (dir !== path.resolve(defaultDir)) {
    throw new UserError(`There is no folder ${given}.`, { hint: `Check the spelling, or put your documents in ${path.relative(cwd, defaultDir) || defaultDir}/.` });
  }
  fs.mkdirSync(dir, { recursive: true });
  return { dir, created: true };
}
