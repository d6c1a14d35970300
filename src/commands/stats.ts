// `ftdb stats ID`: counts, token distribution, sources and keywords per split, validation status.
import { datasetStats } from '../core/app/datasets.js';
import type { DatasetStats } from '../core/app/types.js';
import { parseCommandArgs, requireOne, type Flags } from './args.js';
import { DB_FLAG, JSON_FLAG } from './common-flags.js';
import { printJson, printLine } from './output.js';
import { splitReportNotes, storedSplitReport } from '../core/app/views.js';
import { generationLines } from '../core/app/views.js';
import { openWorkspace } from '../core/config/workspace.js';

export const USAGE = 'ftdb stats ID [--db FILE] [--json]';
export const FLAGS = { ...DB_FLAG, ...JSON_FLAG } as const satisfies Flags;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('stats', argv, FLAGS, USAGE, true);
  const id = requireOne(positionals, 'dataset id', USAGE);
  const { paths } = openWorkspace(values);
  const stats = datasetStats(paths.dbFile, id);
  if (values.json) printJson(stats);
  else printStats(stats);
  return 0;
}

function printStats(s: DatasetStats): void {
  const c = s.counts;
  printLine(`${s.dataset_id} "${s.name}" — ${s.target.display_name} (${s.target.provider}), mode ${s.mode}`);
  if (['partial', 'interrupted', 'failed', 'cancelled'].includes(s.status)) {
    const why = s.stop_reason ? ` (stopped: ${s.stop_reason})` : '';
    printLine(`Status: ${s.status}${why}. Continue with \`ftdb resume ${s.dataset_id}\`.`);
  }
  printLine(`Samples: ${c.total} (train ${c.train}, validation ${c.validation}, unsplit ${c.unsplit}, excluded ${c.excluded})`);
  const t = s.tokens;
  printLine(
    `Tokens${t.exact ? '' : ' (estimated)'}: total ${t.total}, min ${t.min}, median ${t.median}, mean ${t.mean}, p90 ${t.p90}, max ${t.max} (limit ${s.target.max_tokens_per_example})`,
  );
  const peak = Math.max(1, ...t.histogram.map((b) => b.count));
  for (const b of t.histogram) printLine(`  ${`${b.from}-${b.to}`.padStart(13)} ${'█'.repeat(Math.round((b.count / peak) * 30))} ${b.count}`);
  printLine('By source:');
  for (const row of s.distribution.bySource) printLine(`  ${row.key}: ${row.total} (train ${row.train}, validation ${row.validation})`);
  const report = storedSplitReport(s.split);
  for (const note of report ? splitReportNotes(report) : []) printLine(`  ${note}`);
  printLine('Top keywords:');
  for (const row of s.distribution.byKeyword.slice(0, 10)) printLine(`  ${row.key}: ${row.total}`);
  const f = s.findings;
  printLine(f.errors + f.warnings === 0 ? 'Validation: all examples pass.' : `Validation: ${f.errors} error(s), ${f.warnings} warning(s)`);
  for (const [rule, n] of Object.entries(f.by_rule)) printLine(`  ${rule}: ${n}`);
  if (s.skipped_files.length) printLine(`Skipped files: ${s.skipped_files.length}`);
  if (s.cost_usd > 0) printLine(`Agent cost: $${s.cost_usd}`);
  for (const line of generationLines(s.generation)) printLine(line);
}
