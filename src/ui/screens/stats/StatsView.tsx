// Statistics of one dataset in four pages (←→): tokens, sources, keywords, validation (with the generation record).
import { Box, Text } from 'ink';
import { useKeys } from '../../hooks/useKeys.js';
import { useTerminalSize } from '../../hooks/useTerminalSize.js';
import { useState } from 'react';
import { generationLines } from '../../../core/app/views.js';
import type { DatasetStats } from '../../../core/app/types.js';
import { BarChart, SplitBarChart } from '../../components/BarChart.js';
import { Notice } from '../../components/Notice.js';
import { formatCount, formatUsd } from '../../format.js';
import { wasValidated } from '../../../core/app/views.js';

const PAGES = ['Tokens', 'Sources', 'Keywords', 'Validation'] as const;
type Page = (typeof PAGES)[number];

export function StatsView({ stats }: { stats: DatasetStats }) {
  const [page, setPage] = useState(0);
  useKeys((_input, key) => {
    if (key.rightArrow) setPage((p) => (p + 1) % PAGES.length);
    if (key.leftArrow) setPage((p) => (p + PAGES.length - 1) % PAGES.length);
  });
  const c = stats.counts;
  return (
    <Box flexDirection="column">
      <Text>
        <Text bold>{stats.name}</Text> ({stats.dataset_id}) · {stats.target.display_name} · mode {stats.mode}
        {stats.cost_usd > 0 ? ` · agent cost ${formatUsd(stats.cost_usd)}` : ''}
      </Text>
      <Text>
        {c.total} samples: train {c.train} · validation {c.validation} · unsplit {c.unsplit} · excluded {c.excluded}
      </Text>
      {wasValidated(stats.status) ? null : <Notice tone="warning">{notValidated(stats)}</Notice>}
      <Text>
        {PAGES.map((name, i) => (
          <Text key={name} inverse={i === page}>{` ${name} `}</Text>
        ))}
      </Text>
      <Box flexDirection="column" marginTop={1}>
        <StatsPage page={PAGES[page]} stats={stats} />
      </Box>
    </Box>
  );
}

/** Title, the dataset and count lines (two each at 60 columns), tabs, the page's own lines, key help. */
const STATS_ROWS = 15;

function StatsPage({ page, stats }: { page: Page; stats: DatasetStats }) {
  const limit = Math.min(10, useTerminalSize().rowsFor(STATS_ROWS));
  const t = stats.tokens;
  const split = stats.counts.validation > 0;
  switch (page) {
    case 'Tokens':
      return (
        <Box flexDirection="column">
          <Text>
            Tokens{t.exact ? '' : ' (estimated)'}: total {formatCount(t.total)} · min {t.min} · median {t.median} · mean {t.mean} · p90 {t.p90} · max {t.max}
          </Text>
          <Text dimColor>Limit per example: {formatCount(stats.target.max_tokens_per_example)} tokens</Text>
          <BarChart rows={t.histogram.map((b) => ({ label: `${b.from}-${b.to}`, value: b.count }))} limit={limit} />
        </Box>
      );
    case 'Sources':
      return split ? <SplitBarChart rows={stats.distribution.bySource} limit={limit - 1} /> : <Totals rows={stats.distribution.bySource} limit={limit} />;
    case 'Keywords':
      return split ? <SplitBarChart rows={stats.distribution.byKeyword} limit={limit - 1} /> : <Totals rows={stats.distribution.byKeyword} limit={limit} />;
    case 'Validation':
      return <ValidationPage stats={stats} limit={limit} />;
  }
}

function Totals({ rows, limit }: { rows: { key: string; total: number }[]; limit: number }) {
  if (rows.length === 0) return <Text dimColor>Nothing to show.</Text>;
  return <BarChart rows={rows.map((r) => ({ label: r.key, value: r.total }))} limit={limit} />;
}

/** A stopped run never counted tokens nor checked the rules: its zeros must not read as results. */
function notValidated(stats: DatasetStats): string {
  return `Not validated: the run is ${stats.status}, so tokens are not counted and the target's rules not checked. Resume it in Generate dataset to finish it.`;
}

function ValidationPage({ stats, limit }: { stats: DatasetStats; limit: number }) {
  const f = stats.findings;
  return (
    <Box flexDirection="column">
      {!wasValidated(stats.status) ? (
        <Text dimColor>No validation results yet.</Text>
      ) : f.errors + f.warnings === 0 ? (
        <Notice tone="success">Every example passes the target's rules.</Notice>
      ) : (
        <Notice tone={f.errors ? 'error' : 'warning'}>{`${f.errors} error(s), ${f.warnings} warning(s)`}</Notice>
      )}
      {Object.entries(f.by_rule).slice(0, Math.min(8, limit)).map(([rule, n]) => (
        <Text key={rule}>{`  ${rule}: ${n}`}</Text>
      ))}
      {stats.skipped_files.length ? <Notice tone="warning">{`${stats.skipped_files.length} input file(s) were skipped`}</Notice> : null}
      {stats.skipped_files.slice(0, Math.min(5, Math.ceil(limit / 2))).map((s) => (
        <Text key={s.file} dimColor>{`  ${s.file}: ${s.reason}`}</Text>
      ))}
      {generationLines(stats.generation).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
    </Box>
  );
}
