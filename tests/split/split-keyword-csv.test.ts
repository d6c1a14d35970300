// Weighted by keywords end to end (issue 18): the CSV says which keyword each sample was grouped by,
// the stats count the same groups, and a re-split by source clears the column.
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { runCli, sampleWorkspace } from '../cli/cli-helpers.js';

type Row = Record<string, string>;
const readCsv = (file: string): Row[] => parse(fs.readFileSync(file, 'utf8'), { columns: true }) as Row[];

describe('split weighted by keywords, through the CLI', () => {
  it('writes the grouping keyword per sample in the CSV, one of its own keywords', () => {
    const cwd = sampleWorkspace();
    const build = runCli(['build', '--mode', 'identify', '--split', '0.8', '--strategy', 'weighted', '--weight-by', 'keywords', '--yes', '--json', '--quiet'], cwd);
    expect(build.code, build.stderr).toBe(0);
    const summary = JSON.parse(build.stdout);
    const rows = readCsv(summary.files.csv);
    expect(rows.length).toBeGreaterThanOrEqual(32);
    for (const row of rows) {
      const own = row.topic_keywords.split('; ').map((k) => k.trim().toLowerCase());
      expect(own, row.sample_id).toContain(row.split_keyword);
    }
    // The topics really were chosen: some sample is grouped by a keyword other than its first.
    expect(rows.some((row) => row.split_keyword !== row.topic_keywords.split('; ')[0].toLowerCase())).toBe(true);
    const stats = JSON.parse(fs.readFileSync(summary.files.stats, 'utf8'));
    const perTopic = new Map<string, number>();
    for (const row of rows) perTopic.set(row.split_keyword, (perTopic.get(row.split_keyword) ?? 0) + 1);
    expect(Object.fromEntries(stats.distribution.byKeyword.map((r: { key: string; total: number }) => [r.key, r.total]))).toEqual(
      Object.fromEntries(perTopic),
    );

    const resplit = runCli(['split', summary.dataset_id, '--strategy', 'weighted', '--weight-by', 'source'], cwd);
    expect(resplit.code, resplit.stderr).toBe(0);
    expect(readCsv(summary.files.csv).every((row) => row.split_keyword === '')).toBe(true);
  });
});
