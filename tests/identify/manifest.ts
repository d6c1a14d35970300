// Reads the expected conversation counts out of the corpus MANIFEST.md (tests only).
import fs from 'node:fs';
import path from 'node:path';
import { CORPUS } from '../helpers/corpus.js';

export { CORPUS };

// "44 Q&A pairs", "0 answered Q&A pairs", "6 user→bot exchanges", "23 interviewer→guest exchanges", "71 numbered entries".
const COUNT = /(\d[\d,]*) (?:answered )?(?:Q&A pairs|\S+ exchanges|numbered entries)/;

/** Expected number of user→assistant exchanges for a corpus file ("—" in the manifest means 0). */
export function manifestCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  const manifest = fs.readFileSync(path.join(CORPUS, 'MANIFEST.md'), 'utf8');
  let folder = '';
  for (const line of manifest.split('\n')) {
    const heading = /^## (\w+)\/\s*$/.exec(line);
    if (heading) folder = heading[1];
    if (!line.startsWith('| ') || line.startsWith('| File') || line.startsWith('|---')) continue;
    const cells = line.split(' | ');
    const shape = cells[6]?.trim() ?? '';
    const match = COUNT.exec(shape);
    if (folder) counts.set(`${folder}/${cells[0].slice(2).trim()}`, shape === '—' ? 0 : match ? Number(match[1].replace(/,/g, '')) : NaN);
  }
  return counts;
}
