// bench/tokens: validating N examples of ~500 tokens vs a bare loop over the tokenizer's encode on
// the same texts, in the same run. Run: npx tsx bench/tokens.ts [N]   (default 100,000)
// The work is done in batches of 10,000 and the three contenders take turns (in alternating order)
// on each batch, so a busy shared machine slows them alike instead of skewing one of them.
import fs from 'node:fs';
import path from 'node:path';
import { encode as gptTokenizerEncode } from 'gpt-tokenizer/encoding/o200k_base';
import { formatExample } from '../src/core/targets/format.js';
import { resolveTarget } from '../src/core/targets/registry.js';
import { loadBpe } from '../src/core/targets/tokenizers/text-counter.js';
import { validateExamples } from '../src/core/targets/validate.js';
import { CORPUS } from '../tests/helpers/corpus.js';

const N = Number(process.argv[2] ?? 100_000);
const BATCH = 10_000;
const target = resolveTarget('openai', 'gpt-4o-mini');
const corpus = CORPUS;

// Real prose from the corpus; each example takes its turns from different offsets.
const text = [
  ...fs.readdirSync(path.join(corpus, 'text')).map((f) => fs.readFileSync(path.join(corpus, 'text', f), 'utf8')),
  fs.readFileSync(path.join(corpus, 'csv/TruthfulQA.csv'), 'utf8'),
  fs.readFileSync(path.join(corpus, 'jsonl/gsm8k_test.jsonl'), 'utf8'),
].join('\n');
const slice = (seed: number, length: number) => {
  const start = (seed * 7919) % (text.length - length);
  return text.slice(start, start + length);
};
const examples = Array.from({ length: N }, (_, i) =>
  formatExample(target, {
    system: 'You are a helpful assistant that answers from the documentation.',
    turns: [
      { role: 'user', content: slice(i, 500) },
      { role: 'assistant', content: slice(i * 31 + 17, 1250) },
    ],
  }),
);
const textsOf = (batch: Record<string, unknown>[]) => batch.flatMap((e) => (e.messages as { content: string }[]).map((m) => m.content));

const ours = await loadBpe('o200k_base');
const noSpecial = { disallowedSpecial: new Set<string>() };
let tokens = 0;
let findings = 0;
const contenders: Record<string, (batch: Record<string, unknown>[]) => Promise<void> | void> = {
  validateExamples: async (batch) => {
    const report = await validateExamples(target, batch);
    tokens += report.tokens.total;
    findings += report.findings.filter((f) => f.line > 0).length;
  },
  'bare gpt-tokenizer encode': (batch) => {
    for (const t of textsOf(batch)) gptTokenizerEncode(t, noSpecial);
  },
  'bare ftdb BPE encode': (batch) => {
    for (const t of textsOf(batch)) ours.encode(t);
  },
};

// Warm-up: JIT and merge caches.
const warm = examples.slice(0, Math.min(2_000, N));
for (const run of Object.values(contenders)) await run(warm);
tokens = 0;
findings = 0;

const seconds: Record<string, number> = Object.fromEntries(Object.keys(contenders).map((k) => [k, 0]));
for (let start = 0, round = 0; start < N; start += BATCH, round++) {
  const batch = examples.slice(start, start + BATCH);
  const names = Object.keys(contenders);
  for (const name of round % 2 ? names.reverse() : names) {
    const t0 = performance.now();
    await contenders[name](batch);
    seconds[name] += (performance.now() - t0) / 1000;
  }
}

const rate = (s: number) => `${Math.round(N / s).toLocaleString('en-US')} examples/s`;
console.log(
  `bench/tokens: ${N.toLocaleString('en-US')} examples, mean ${Math.round(tokens / N)} tokens with framing (${target.id}, o200k_base), ${findings} line findings, Node ${process.version}`,
);
console.log(`  validateExamples            ${seconds.validateExamples.toFixed(2)} s  ${rate(seconds.validateExamples)}`);
// Target: validation at >= 0.8x the speed of a bare encode loop, checked against the faster loop.
const TARGET = 0.8;
let worst = Infinity;
for (const name of ['bare gpt-tokenizer encode', 'bare ftdb BPE encode']) {
  const ratio = seconds[name] / seconds.validateExamples;
  worst = Math.min(worst, ratio);
  console.log(
    `  ${name.padEnd(28)}${seconds[name].toFixed(2)} s  ${rate(seconds[name])}  -> validation runs at ${ratio.toFixed(2)}x this loop's speed`,
  );
}
console.log(`  target >= ${TARGET}x of the bare loops: ${worst >= TARGET ? 'met' : 'NOT met'}`);
process.exitCode = worst >= TARGET ? 0 : 1;
