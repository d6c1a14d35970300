// `ftdb models [--provider P] [--json]`: the fine-tuning targets with their limits and status.
import { listTargets, resolveProvider } from '../core/targets/registry.js';
import { describeStatus } from '../core/targets/report-text.js';
import { cutoffOf, statusOf } from '../core/targets/lifecycle.js';
import { COUNT_KIND_LABEL, countKind, hasExactTokens } from '../core/targets/tokens.js';
import type { TargetModel } from '../core/targets/types.js';
import { parseCommandArgs } from './args.js';
import { printTable } from './output.js';
import { printJson, printLine } from './output.js';

export const USAGE = 'ftdb models [--provider P] [--json]';
const n = (value: number | undefined) => (value === undefined ? '-' : value.toLocaleString('en-US'));

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs('models', argv, { provider: { type: 'string' }, json: { type: 'boolean' } }, USAGE);
  // Retired targets are listed (status "retired") so a user sees why an old id is refused.
  const targets = listTargets(values.provider ? resolveProvider(values.provider) : undefined, { includeRetired: true });
  if (values.json) {
    printJson(targets.map(toJson));
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

function toJson(t: TargetModel) {
  return {
    provider: t.provider,
    id: t.id,
    display_name: t.displayName,
    aliases: t.aliases,
    host: t.host ?? null,
    host_model_id: t.hostModelId ?? null,
    status: statusOf(t),
    usable: statusOf(t) !== 'retired',
    status_date: t.statusDate ?? null,
    training_ends_date: t.trainingEndsDate ?? null,
    shutdown_date: t.shutdownDate ?? null,
    successor: t.successor ?? null,
    status_note: t.statusNote ?? null,
    format: t.format,
    formats: t.formats ?? [t.format],
    max_tokens_per_example: t.maxTokensPerExample,
    over_limit: t.overLimit,
    min_examples: t.minExamples,
    max_examples: t.maxExamples ?? null,
    max_total_examples: t.maxTotalExamples ?? null,
    max_validation_examples: t.maxValidationExamples ?? null,
    max_file_bytes: t.maxFileBytes ?? null,
    training_price_per_mtok: t.trainingPricePerMTok ?? null,
    default_epochs: t.defaultEpochs ?? null,
    tokenizer: t.tokenizer,
    exact_tokens: hasExactTokens(t),
    token_count: countKind(t),
    source: t.source,
    sources: t.sources ?? [],
  };
}
