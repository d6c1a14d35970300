// The dataset's distribution as it is now, and the question: split it or not?
import { Box, Text } from 'ink';
import type { DatasetStats, SplitSettings } from '../../../core/app/types.js';
import { describeSplit } from '../../../core/app/views.js';
import { Menu } from '../../components/Menu.js';
import { DistributionCharts } from './DistributionCharts.js';

type AskChoice = 'yes' | 'no' | 'browse' | 'pick';

/** Title, summary line, the four choices, key help and margins. */
const ASK_ROWS = 12;

interface Props {
  stats: DatasetStats;
  now: SplitSettings;
  initial: boolean;
  /** The dataset has samples to browse (also on a return visit, without splitting again). */
  canBrowse: boolean;
  onChoice: (c: AskChoice) => void;
}

export function AskSplit({ stats, now, initial, canBrowse, onChoice }: Props) {
  return (
    <Box flexDirection="column">
      <Text>
        "{stats.name}": {stats.counts.total} samples · now {describeSplit(now)}
      </Text>
      <DistributionCharts distribution={stats.distribution} perSide={false} limit={4} reserve={ASK_ROWS} />
      <Box marginTop={1}>
        <Menu
          items={[
            { label: 'Split into train and validation', value: 'yes' },
            { label: 'No split (one file)', value: 'no' },
            ...(canBrowse ? [{ label: 'Browse samples (move or exclude)', value: 'browse' as const }] : []),
            { label: 'Pick another dataset', value: 'pick' },
          ]}
          initialValue={initial ? 'yes' : 'no'}
          onSelect={onChoice}
        />
      </Box>
    </Box>
  );
}
