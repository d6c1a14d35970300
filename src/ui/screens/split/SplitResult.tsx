// After (re-)splitting: counts and distribution per side, then done / browse / split again.
import { Box, Text } from 'ink';
import type { DatasetStats } from '../../../core/app/types.js';
import { splitReportNotes, storedSplitReport } from '../../../core/app/views.js';
import { Menu } from '../../components/Menu.js';
import { Notice } from '../../components/Notice.js';
import { DistributionCharts } from './DistributionCharts.js';

type ResultChoice = 'done' | 'browse' | 'again';

/** Title, summary, counts, the three choices, key help and margins. */
const RESULT_ROWS = 13;

interface Props {
  stats: DatasetStats;
  summary: string;
  /** Samples were moved, excluded or edited since the files were written. */
  stale: boolean;
  onChoice: (c: ResultChoice) => void;
}

export function SplitResult({ stats, summary, stale, onChoice }: Props) {
  const c = stats.counts;
  const split = c.validation > 0;
  const report = storedSplitReport(stats.split);
  const notes = report ? splitReportNotes(report) : [];
  return (
    <Box flexDirection="column">
      <Notice tone="success">{summary}</Notice>
      <Text dimColor>
        train {c.train} · validation {c.validation} · unsplit {c.unsplit} · excluded {c.excluded}
      </Text>
      <DistributionCharts distribution={stats.distribution} perSide={split} limit={4} reserve={RESULT_ROWS + (stale ? 2 : 0) + notes.length} />
      {notes.map((note) => (
        <Text key={note} color="yellow" wrap="truncate-end">
          {note}
        </Text>
      ))}
      {stale ? <Notice tone="warning">Samples were moved, excluded or edited: the exported files are out of date until you export again.</Notice> : null}
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
