// The dataset's distribution as it is now, and the question: split it or not?
import { Box, Text } from 'ink';
import type { DatasetStats, SplitSettings } from '../../../core/app/types.js';
import { describeSplit } from '../../../core/app/views.js';
import { Menu } from '../../components/Menu.js';
import { DistributionCharts } from './DistributionCharts.js';

export type AskChoice = 'yes' | 'no' | 'pick';

export function AskSplit({ stats, now, initial, onChoice }: { stats: DatasetStats; now: SplitSettings; initial: boolean; onChoice: (c: AskChoice) => void }) {
  return (
    <Box flexDirection="column">
      <Text>
        "{stats.name}": {stats.counts.total} samples · now {describeSplit(now)}
      </Text>
      <DistributionCharts distribution={stats.distribution} perSide={false} limit={4} />
      <Box marginTop={1}>
        <Menu
          items={[
            { label: 'Split into train and validation', value: 'yes' },
            { label: 'No split (one file)', value: 'no' },
            { label: 'Pick another dataset', value: 'pick' },
          ]}
          initialValue={initial ? 'yes' : 'no'}
          onSelect={onChoice}
        />
      </Box>
    </Box>
  );
}
