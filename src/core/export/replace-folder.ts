// An export set (train, validation, CSV, stats) is replaced as a whole: written into a hidden staging
// folder next to the target, then swapped in with renames, so a crash never leaves files of two
// different splits side by side. Leftovers of a crashed export are cleaned (or restored) next time.
import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from '../store/run-liveness.js';

/**
 * Runs `write(stagingDir)` and swaps the staging folder in for `dir`. Files in `dir` that ftdb does
 * not manage (not in `ownedNames`) are carried over, so nothing the user put there is lost.
 */
export function replaceFolder(dir: string, ownedNames: readonly string[], write: (stagingDir: string) => void): void {
  const parent = path.dirname(dir);
  fs.mkdirSync(parent, { recursive: true });
  cleanStrays(dir);
  const staging = siblingName(dir, 'tmp');
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging);
  try {
    write(staging);
    if (!fs.existsSync(dir)) {
      fs.renameSync(staging, dir);
      return;
    }
    for (const entry of fs.readdirSync(dir)) {
      // *.tmp: per-file temporaries left by older versions of ftdb.
      if (ownedNames.includes(entry) || entry.endsWith('.tmp')) continue;
      fs.cpSync(path.join(dir, entry), path.join(staging, entry), { recursive: true, preserveTimestamps: true });
    }
    const old = siblingName(dir, 'old');
    fs.renameSync(dir, old);
    fs.renameSync(staging, dir);
    fs.rmSync(old, { recursive: true, force: true });
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw error;
  }
}

function siblingName(dir: string, kind: 'tmp' | 'old', pid = process.pid): string {
  return path.join(path.dirname(dir), `.${path.basename(dir)}.${kind}-${pid}`);
}

/**
 * Staging folders of dead exports are removed. An ".old" folder means a crash between the two renames:
 * if the new set never arrived, the old complete set is put back.
 */
function cleanStrays(dir: string): void {
  const prefix = `.${path.basename(dir)}.`;
  for (const entry of fs.readdirSync(path.dirname(dir))) {
    const match = /^(tmp|old)-(\d+)$/.exec(entry.startsWith(prefix) ? entry.slice(prefix.length) : '');
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && isProcessAlive(pid, null)) continue; // another export is running right now
    const stray = path.join(path.dirname(dir), entry);
    if (match[1] === 'old' && !fs.existsSync(dir)) fs.renameSync(stray, dir);
    else fs.rmSync(stray, { recursive: true, force: true });
  }
}
