// Writes through a temporary file and a rename, so an interrupted export never leaves a half file.
import fs from 'node:fs';
import path from 'node:path';

export function writeFileAtomic(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, content);
  fs.renameSync(tmp, file);
}

export function removeIfExists(file: string): void {
  fs.rmSync(file, { force: true });
}
