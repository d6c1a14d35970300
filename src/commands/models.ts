// `ftdb models [--provider P] [--json]`: the fine-tuning targets with their limits and status.
import { modelJson } from '../core/app/json.js';
import { listModels } from '../core/app/targets.js';
import { describeStatus } from '../core/targets/report-text.js';
import { cutoffOf, statusOf } from '../core/targets/lifecycle.js';
import { COUNT_KIND_LABEL, countKind } from '../core/targets/tokens.js';
import type { TargetModel } from '../core/targets/types.js';
import { parseCommandArgs, type Flags } from './args.js';
import { JSON_FLAG } from './common-flags.js';
import { printJson, printLine, printTable } from './output.js';

export const USAGE = 'ftdb models [--provider P] [--json]';
export const FLAGS = { provider: { type: 'string', value: 'P', help: "only this provider's models", defaultText: 'every provider' }, ...JSON_FLAG } as const satisfies Flags;
const n = (value: number | undefined) => (value === undefined ? '-' : value.toLocaleString('en-US'));

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('models', argv, FLAGS, USAGE);
  // Retired targets are listed (status "retired") so a user sees why an old id is refused.
  const targets = listModels(values.provider);
  if (values.json) {
    printJson(targets.map(modelJson));
    return 0;
  }
  printTable(
    ['PROVIDER', 'MODEL', 'ALIAS', 'MAX TOKENS', 'EXAMPLES', '$/1M TRAIN', 'TOKEN COUNT', 'STATUS'],
    targets.map((t) => [
      t.provider,
      t.id,
      shortestAlias(t),
      `${n(t.maxTokensPerExample)} (${t.overLimit === 'truncate' ? 'truncates' : 'rejects'})`,
      exampleRange(t),
      t.trainingPricePerMTok === undefined ? '-' : `$${t.trainingPricePerMTok.toFixed(2)}`,
      countKind(t) === 'exact' ? 'exact' : countKind(t) === 'vocabulary' ? 'vocabulary' : 'bound',
      statusOf(t) + (cutoffOf(t) ? ` (cut-off ${cutoffOf(t)})` : t.statusDate ? ` ${t.statusDate}` : ''),
    ]),
  );
  const notes = new Map<string, string[]>();
  for (const t of targets) {
    const note = describeStatus(t);
    if (note) notes.set(note, [...(notes.get(note) ?? []), t.id]);
  }
  if (notes.size > 0) printLine('\nNotes:');
  for (const [note, ids] of notes) printLine(`  ${ids.join(', ')}: ${note}`);
  printLine('\nLlama: llama-3.1-<size> means Together AI; add -bedrock, -fireworks or -hf for another host.');
  printLine(
    `Token counts: exact = ${COUNT_KIND_LABEL.exact}; vocabulary = ${COUNT_KIND_LABEL.vocabulary}; bound = ${COUNT_KIND_LABEL.bound}. ` +
      'Counts other than exact never undercount by design but can overcount.',
  );
  return 0;
}

function exampleRange(t: TargetModel): string {
  const max = t.maxTotalExamples ?? t.maxExamples;
  return max === undefined ? `${n(t.minExamples)}+` : `${n(t.minExamples)}-${n(max)}`;
}

function shortestAlias(t: TargetModel): string {
  return [...t.aliases].sort((a, b) => a.length - b.length)[0] ?? '';
}
