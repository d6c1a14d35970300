// After (re-)splitting: counts and distribution per side, then done / browse / split again.
import { Box, Text } from 'ink';
import type { DatasetStats } from '../../../core/app/types.js';
import { splitReportNotes, storedSplitReport } from '../../../core/app/views.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { DistributionCharts } from './DistributionCharts.js';

export type ResultChoice = 'done' | 'browse' | 'again';

export function SplitResult({ stats, summary, onChoice }: { stats: DatasetStats; summary: string; onChoice: (c: ResultChoice) => void }) {
  const c = stats.counts;
  const split = c.validation > 0;
  const report = storedSplitReport(stats.split);
  return (
    <Box flexDirection="column">
      <Notice tone="success">{summary}</Notice>
      <Text dimColor>
        train {c.train} · validation {c.validation} · unsplit {c.unsplit} · excluded {c.excluded}
      </Text>
      <DistributionCharts distribution={stats.distribution} perSide={split} limit={4} />
      {(report ? splitReportNotes(report) : []).map((note) => (
        <Text key={note} color="yellow" wrap="truncate-end">
          {note}
        </Text>
      ))}
      <Box marginTop={1}>
        <Menu
          items={[
            { label: 'Done: continue to Export', value: 'done' },
            { label: 'Browse samples (move or exclude)', value: 'browse' },
            { label: 'Split again with other settings', value: 'again' },
          ]}
          onSelect={onChoice}
        />
      </Box>
    </Box>
  );
}
