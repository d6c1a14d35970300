// bench/long-words (issue 19): token counting of one long unbroken word must grow linearly.
// Validates one example whose answer is a DNA string (ACGT..., one pre-tokenizer piece) of 25, 50
// and 100 KB for gpt-4o-mini, against a bare o200k count of English prose of the same size in the
// same run. Run: npx tsx bench/long-words.ts
import fs from 'node:fs';
import path from 'node:path';
import { resolveTarget } from '../src/core/targets/registry.js';
import { loadBpe } from '../src/core/targets/tokenizers/text-counter.js';
import { validateExamples } from '../src/core/targets/validate.js';

const target = resolveTarget('openai', 'gpt-4o-mini');
const o200k = await loadBpe('o200k_base');
const prose = fs.readFileSync(path.resolve('README.md'), 'utf8');
const dna = (bytes: number) => Array.from({ length: bytes }, (_, i) => 'ACGT'[(i * 2654435761) % 7 % 4]).join('');

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const rows: string[] = [];
let previous = 0;
for (const kb of [25, 50, 100]) {
  const word = dna(kb * 1000);
  const example = { messages: [{ role: 'user', content: 'Sequence?' }, { role: 'assistant', content: word }] };
  const start = performance.now();
  await validateExamples(target, [example]);
  const ours = performance.now() - start;
  const text = prose.repeat(Math.ceil((kb * 1000) / prose.length)).slice(0, kb * 1000);
  const bare = time(() => o200k.count(text));
  rows.push(
    `| ${kb} KB word | ${ours.toFixed(0)} ms | ${bare.toFixed(0)} ms prose | ${(ours / bare).toFixed(1)}x | ${previous ? `${(ours / previous).toFixed(2)}x` : '-'} |`,
  );
  previous = ours;
}
console.log('| input | validate (one example) | bare o200k count, same size | ratio | growth per doubling |');
console.log('|---|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
